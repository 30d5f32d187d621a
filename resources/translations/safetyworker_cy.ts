<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh catalogue of Safety Worker. NOT YET REVIEWED: these translations were written by the developers, not by a Welsh speaker. Before Welsh is offered to workers, a fluent Welsh speaker (ideally one who knows the work) should read every entry. Refresh with `make translations`; list what still needs Welsh with `python tools/translations.py unfinished`. -->
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, cadwyd {when}</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Fersiwn {n}</translation>
    </message>
    <message>
        <source>{version} by {author}</source>
        <translation>{version} gan {author}</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Cadwyd {when}</translation>
    </message>
    <message>
        <source>{saved} by {author}</source>
        <translation>{saved} gan {author}</translation>
    </message>
    <message>
        <source>Situation: {title}</source>
        <translation>Sefyllfa: {title}</translation>
    </message>
    <message>
        <source>Review date: {date}</source>
        <translation>Dyddiad adolygu: {date}</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Dim dyddiad adolygu</translation>
    </message>
    <message>
        <source>on the person&apos;s copy</source>
        <translation>ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>worker copy only</source>
        <translation>copi&apos;r gweithiwr yn unig</translation>
    </message>
    <message>
        <source>what it means, worker copy only</source>
        <translation>beth mae&apos;n ei olygu, copi&apos;r gweithiwr yn unig</translation>
    </message>
    <message>
        <source>{version} (the current one)</source>
        <translation>{version} (yr un presennol)</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>gan {author}</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ffôn symudol</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Llinell dir</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Meet in person</source>
        <translation>Cyfarfod wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>In the community</source>
        <translation>Yn y gymuned</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Yn y ddalfa</translation>
    </message>
    <message>
        <source>Released on licence</source>
        <translation>Wedi&apos;i ryddhau ar drwydded</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Yn aros i ddechrau</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Wedi rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Wedi torri&apos;r amodau</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Bob dydd</translation>
    </message>
    <message>
        <source>{window} (runs past midnight)</source>
        <translation>{window} (yn mynd heibio hanner nos)</translation>
    </message>
    <message>
        <source>{period} (over)</source>
        <translation>{period} (wedi dod i ben)</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>to {time}</source>
        <translation>tan {time}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ddim yn gwybod</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>heb ofyn</translation>
    </message>
    <message>
        <source>Done {when} by {assessor}</source>
        <translation>Wedi&apos;i wneud {when} gan {assessor}</translation>
    </message>
    <message>
        <source>Done {when}</source>
        <translation>Wedi&apos;i wneud {when}</translation>
    </message>
    <message>
        <source>Checklist: {t} (version {v})</source>
        <translation>Rhestr wirio: {t} (fersiwn {v})</translation>
    </message>
    <message>
        <source>Score {score} · Level {level}</source>
        <translation>Sgôr {score} · Lefel {level}</translation>
    </message>
    <message>
        <source>Seen alone and safely: {x}</source>
        <translation>Wedi&apos;u gweld ar eu pen eu hunain ac yn ddiogel: {x}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Judgement: {level}. {reason}</source>
        <translation>Barn broffesiynol: {level}. {reason}</translation>
    </message>
    <message>
        <source>What has changed: {x}</source>
        <translation>Beth sydd wedi newid: {x}</translation>
    </message>
    <message>
        <source>Next review: {d}</source>
        <translation>Adolygiad nesaf: {d}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylyn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Comes to them</source>
        <translation>Yn dod atyn nhw</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Not checked for over a year: the number or hours may have changed.</source>
        <translation>Heb ei wirio ers dros flwyddyn: efallai bod y rhif neu&apos;r oriau wedi newid.</translation>
    </message>
    <message>
        <source> (added by a worker)</source>
        <translation> (ychwanegwyd gan weithiwr)</translation>
    </message>
    <message>
        <source>Covers this place</source>
        <translation>Yn cynnwys y lle hwn</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ym mhobman</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>{date} – check again</source>
        <translation>{date} – gwiriwch eto</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Unrhyw angen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} wedi&apos;u canfod</translation>
    </message>
    <message>
        <source>No service matches. Try another place or need, or fewer ticks.</source>
        <translation>Does dim gwasanaeth yn cyfateb. Rhowch gynnig ar le neu angen arall, neu lai o diciau.</translation>
    </message>
    <message>
        <source>Secure email: {email}</source>
        <translation>E-bost diogel: {email}</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>ym mhobman</translation>
    </message>
    <message>
        <source>For: {who}. Areas: {areas}</source>
        <translation>Ar gyfer: {who}. Ardaloedd: {areas}</translation>
    </message>
    <message>
        <source>Referral: {how}</source>
        <translation>Atgyfeirio: {how}</translation>
    </message>
    <message>
        <source>Not checked for over a year: check the number before giving it.</source>
        <translation>Heb ei wirio ers dros flwyddyn: gwiriwch y rhif cyn ei roi.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Dewiswch wasanaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>This service is on the office&apos;s list: only the office changes it. Tell them what is wrong.</source>
        <translation>Mae&apos;r gwasanaeth hwn ar restr y swyddfa: dim ond y swyddfa sy&apos;n ei newid. Dywedwch wrthyn nhw beth sydd o&apos;i le.</translation>
    </message>
    <message>
        <source>Change the chosen service&apos;s details</source>
        <translation>Newid manylion y gwasanaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>The chosen service&apos;s number and hours were checked today: one click</source>
        <translation>Cafodd rhif ac oriau&apos;r gwasanaeth a ddewiswyd eu gwirio heddiw: un clic</translation>
    </message>
    <message>
        <source>Take the chosen service out of the directory</source>
        <translation>Tynnu&apos;r gwasanaeth a ddewiswyd o&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>Added {name} to the directory.</source>
        <translation>Ychwanegwyd {name} at y cyfeiriadur.</translation>
    </message>
    <message>
        <source>Saved the changes to {name}.</source>
        <translation>Cadwyd y newidiadau i {name}.</translation>
    </message>
    <message>
        <source>{name}: marked as checked today.</source>
        <translation>{name}: wedi&apos;i nodi fel un a wiriwyd heddiw.</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Tynnu gwasanaeth</translation>
    </message>
    <message>
        <source>Take {name} out of the directory? Safety plans that name it keep it.</source>
        <translation>Tynnu {name} o&apos;r cyfeiriadur? Bydd cynlluniau diogelwch sy&apos;n ei enwi yn ei gadw.</translation>
    </message>
    <message>
        <source>Removed {name} from the directory.</source>
        <translation>Tynnwyd {name} o&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>The safety plan already has {name}.</source>
        <translation>Mae {name} yn y cynllun diogelwch yn barod.</translation>
    </message>
    <message>
        <source>Added {name} to the safety plan under Local services (worker&apos;s copy: tick it there for the person&apos;s copy).</source>
        <translation>Ychwanegwyd {name} at y cynllun diogelwch dan Gwasanaethau lleol (copi&apos;r gweithiwr: ticiwch ef yno ar gyfer copi&apos;r person).</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Mewnforio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {problem}</source>
        <translation>Llinell {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported. Put these rows right and try again:</source>
        <translation>Ni fewnforiwyd dim. Cywirwch y rhesi hyn a rhowch gynnig arall arni:</translation>
    </message>
    <message>
        <source>Added {a}, updated {u}, unchanged {n}.</source>
        <translation>Ychwanegwyd {a}, diweddarwyd {u}, heb newid {n}.</translation>
    </message>
    <message>
        <source>Support given: {kind}</source>
        <translation>Cymorth a roddwyd: {kind}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>The kinds of support given in this contact: {kinds}</source>
        <translation>Y mathau o gymorth a roddwyd yn y cyswllt hwn: {kinds}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} awr</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} awr {m} mun</translation>
    </message>
    <message>
        <source>Time and support given: nothing recorded yet.</source>
        <translation>Amser a chymorth a roddwyd: dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Time and support given: this month {month} (travel {month_travel}); since the referral {since} (travel {since_travel}).</source>
        <translation>Amser a chymorth a roddwyd: y mis hwn {month} (teithio {month_travel}); ers yr atgyfeiriad {since} (teithio {since_travel}).</translation>
    </message>
    <message>
        <source>Information-sharing actions</source>
        <translation>Camau rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Achosion yn ôl statws</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Open cases by risk level</source>
        <translation>Achosion agored yn ôl lefel risg</translation>
    </message>
    <message>
        <source>Referrals in</source>
        <translation>Atgyfeiriadau i mewn</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Achosion a gaewyd</translation>
    </message>
    <message>
        <source>Reasons for closing</source>
        <translation>Rhesymau dros gau</translation>
    </message>
    <message>
        <source>First contact before the programme started</source>
        <translation>Cysylltiad cyntaf cyn i&apos;r rhaglen ddechrau</translation>
    </message>
    <message>
        <source>Contacts overdue</source>
        <translation>Cysylltiadau sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Inform contacts within the set working days</source>
        <translation>Cysylltiadau rhoi gwybod o fewn y diwrnodau gwaith a osodwyd</translation>
    </message>
    <message>
        <source>Contacts attempted</source>
        <translation>Cysylltiadau a geisiwyd</translation>
    </message>
    <message>
        <source>Contacts that reached the person</source>
        <translation>Cysylltiadau a gyrhaeddodd yr unigolyn</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Yn ôl dull</translation>
    </message>
    <message>
        <source>Time with or for the person</source>
        <translation>Amser gyda&apos;r unigolyn neu ar ei ran</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Time by kind of support</source>
        <translation>Amser yn ôl math o gymorth</translation>
    </message>
    <message>
        <source>Time by worker</source>
        <translation>Amser yn ôl gweithiwr</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Camau agored</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Camau sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Overdue, by who passes it on</source>
        <translation>Hwyr, yn ôl pwy sy&apos;n ei drosglwyddo</translation>
    </message>
    <message>
        <source>Actions due in the period</source>
        <translation>Camau sy&apos;n ddyledus yn y cyfnod</translation>
    </message>
    <message>
        <source>Done by the day due</source>
        <translation>Wedi&apos;u gwneud erbyn y diwrnod dyledus</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Wedi&apos;u gwneud yn hwyr</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Heb eu gwneud</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>First contact before the start</source>
        <translation>Cysylltiad cyntaf cyn y dechrau</translation>
    </message>
    <message>
        <source>Inform contacts in time</source>
        <translation>Cysylltiadau rhoi gwybod mewn pryd</translation>
    </message>
    <message>
        <source>Timeliness (per cent)</source>
        <translation>Prydlondeb (y cant)</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Y cant</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Cysylltiadau yn ôl dull</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>A geisiwyd</translation>
    </message>
    <message>
        <source>Reached the person</source>
        <translation>Wedi cyrraedd yr unigolyn</translation>
    </message>
    <message>
        <source>Hours by kind of support</source>
        <translation>Oriau yn ôl math o gymorth</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>Ar gyfer: {who}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: {p}</source>
        <translation>Heb ei gadw: {p}</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcio wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>Marcio&apos;r cam gweithredu wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>&amp;How was it done?</source>
        <translation>Sut y&apos;i &amp;gwnaed?</translation>
    </message>
    <message>
        <source>For example: phoned DC Park and sent the address by secure email</source>
        <translation>Er enghraifft: ffoniwyd DC Park ac anfonwyd y cyfeiriad drwy e-bost diogel</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Sut y&apos;i gwnaed</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Gwnaed ar</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>You (the safety worker)</source>
        <translation>Chi (y gweithiwr diogelwch)</translation>
    </message>
    <message>
        <source>Done {date}: {how}</source>
        <translation>Gwnaed {date}: {how}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Hwyr o %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Y swyddfa</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>The organisation&apos;s list of agencies: every laptop receives it with its next bundle. Local agencies were added by a worker on their laptop.</source>
        <translation>Rhestr y sefydliad o asiantaethau: mae pob gliniadur yn ei chael gyda&apos;i fwndel nesaf. Cafodd asiantaethau lleol eu hychwanegu gan weithiwr ar eu gliniadur.</translation>
    </message>
    <message>
        <source>Agencies on the office&apos;s list are read-only here: ask the office to change them. You can add a local agency and its contacts; it travels to the office with your next bundle.</source>
        <translation>Mae&apos;r asiantaethau ar restr y swyddfa i&apos;w darllen yn unig yma: gofynnwch i&apos;r swyddfa eu newid. Gallwch ychwanegu asiantaeth leol a&apos;i chysylltiadau; bydd yn mynd i&apos;r swyddfa gyda&apos;ch bwndel nesaf.</translation>
    </message>
    <message>
        <source>The agencies you work with, and the people there.</source>
        <translation>Yr asiantaethau rydych yn gweithio gyda nhw, a&apos;r bobl yno.</translation>
    </message>
    <message>
        <source>The chosen agency</source>
        <translation>Yr asiantaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Asiantaeth newydd</translation>
    </message>
    <message>
        <source>&amp;Save agency</source>
        <translation>Cadw&apos;r a&amp;siantaeth</translation>
    </message>
    <message>
        <source>&amp;Add agency</source>
        <translation>&amp;Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <source>Save con&amp;tact</source>
        <translation>Cadw&apos;r c&amp;yswllt</translation>
    </message>
    <message>
        <source>Add con&amp;tact</source>
        <translation>Ychwanegu c&amp;yswllt</translation>
    </message>
    <message>
        <source>This agency is on the office&apos;s list: only the office can change it or its contacts.</source>
        <translation>Mae&apos;r asiantaeth hon ar restr y swyddfa: dim ond y swyddfa all ei newid hi neu ei chysylltiadau.</translation>
    </message>
    <message>
        <source>Another worker added this local agency: only they or the office can change it.</source>
        <translation>Gweithiwr arall a ychwanegodd yr asiantaeth leol hon: dim ond nhw neu&apos;r swyddfa all ei newid.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <source>&amp;New agency</source>
        <translation>Asiantaeth &amp;newydd</translation>
    </message>
    <message>
        <source>Clear the form to add an agency</source>
        <translation>Clirio&apos;r ffurflen i ychwanegu asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <source>For example: Northshire Probation Delivery Unit</source>
        <translation>Er enghraifft: Uned Cyflawni Prawf Northshire</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Math o asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>Agency phone</source>
        <translation>Ffôn yr asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>Agency secure email</source>
        <translation>E-bost diogel yr asiantaeth</translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation>Cadw&apos;r asiantaeth</translation>
    </message>
    <message>
        <source>Contacts at this agency</source>
        <translation>Cysylltiadau yn yr asiantaeth hon</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>E&amp;nw</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Enw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rôl y cyswllt</translation>
    </message>
    <message>
        <source>For example: Probation officer</source>
        <translation>Er enghraifft: Swyddog prawf</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Ff&amp;ôn</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Ffôn y cyswllt</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-bos&amp;t</translation>
    </message>
    <message>
        <source>Contact secure email</source>
        <translation>E-bost diogel y cyswllt</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>&amp;Cyswllt newydd</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Cyswllt newydd</translation>
    </message>
    <message>
        <source>Clear the contact form to add a contact</source>
        <translation>Clirio ffurflen y cyswllt i ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Cadw&apos;r cyswllt</translation>
    </message>
</context>
<context>
    <name>AgenciesModel</name>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <source>Office list</source>
        <translation>Rhestr y swyddfa</translation>
    </message>
    <message>
        <source>Local (yours)</source>
        <translation>Lleol (eich un chi)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lleol</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Preparing the demo caseload…</source>
        <translation>Wrthi&apos;n paratoi&apos;r llwyth achosion enghreifftiol…</translation>
    </message>
    <message>
        <source>Safety Worker</source>
        <translation>Safety Worker</translation>
    </message>
    <message>
        <source>The demo could not be prepared: {e}</source>
        <translation>Nid oedd modd paratoi&apos;r enghraifft: {e}</translation>
    </message>
    <message>
        <source>Opened with your passphrase alone: the keyring was not used this time. The next unlock will try it again.</source>
        <translation>Agorwyd gyda&apos;ch cyfrinymadrodd yn unig: ni ddefnyddiwyd y cylch allweddi y tro hwn. Bydd y datgloi nesaf yn rhoi cynnig arno eto.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n closed case(s) off this laptop: the office holds them.</source>
        <translation>
            <numerusform>Tynnwyd %n achos sydd ar gau oddi ar y gliniadur hwn: mae gan y swyddfa nhw.</numerusform>
            <numerusform>Tynnwyd %n achos sydd ar gau oddi ar y gliniadur hwn: mae gan y swyddfa nhw.</numerusform>
            <numerusform>Tynnwyd %n achos sydd ar gau oddi ar y gliniadur hwn: mae gan y swyddfa nhw.</numerusform>
            <numerusform>Tynnwyd %n achos sydd ar gau oddi ar y gliniadur hwn: mae gan y swyddfa nhw.</numerusform>
            <numerusform>Tynnwyd %n achos sydd ar gau oddi ar y gliniadur hwn: mae gan y swyddfa nhw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n closed case(s) that the retention schedule no longer keeps. Nothing else changed.</source>
        <translation>
            <numerusform>Dilëwyd %n achos sydd ar gau nad yw&apos;r amserlen gadw yn eu cadw mwyach. Ni newidiodd dim arall.</numerusform>
            <numerusform>Dilëwyd %n achos sydd ar gau nad yw&apos;r amserlen gadw yn eu cadw mwyach. Ni newidiodd dim arall.</numerusform>
            <numerusform>Dilëwyd %n achos sydd ar gau nad yw&apos;r amserlen gadw yn eu cadw mwyach. Ni newidiodd dim arall.</numerusform>
            <numerusform>Dilëwyd %n achos sydd ar gau nad yw&apos;r amserlen gadw yn eu cadw mwyach. Ni newidiodd dim arall.</numerusform>
            <numerusform>Dilëwyd %n achos sydd ar gau nad yw&apos;r amserlen gadw yn eu cadw mwyach. Ni newidiodd dim arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app locked before your last changes to a case were saved, so they were not kept. Please enter them again.</source>
        <translation>Cafodd yr ap ei gloi cyn i&apos;ch newidiadau diwethaf i achos gael eu cadw, felly ni chawsant eu cadw. Rhowch nhw i mewn eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The app locked before the contact-log entry you were writing was added, so it was not kept. Please add it again.</source>
        <translation>Cafodd yr ap ei gloi cyn i&apos;r cofnod roeddech chi&apos;n ei ysgrifennu gael ei ychwanegu at y cofnod cyswllt, felly ni chafodd ei gadw. Ychwanegwch ef eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The app locked before the changes made with the person to their own plan were saved, so they were not kept. Please make them again.</source>
        <translation>Cafodd yr ap ei gloi cyn i&apos;r newidiadau a wnaed gyda&apos;r person i&apos;w cynllun eu hunain gael eu cadw, felly ni chawsant eu cadw. Gwnewch nhw eto, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Give the case to a worker</source>
        <translation>Rhoi&apos;r achos i weithiwr</translation>
    </message>
    <message>
        <source>Who should {name}&apos;s case go to?</source>
        <translation>At bwy ddylai achos {name} fynd?</translation>
    </message>
    <message>
        <source>The next bundle made for that worker carries the whole case. If another worker has it now, the next bundle made for them takes it off their laptop.</source>
        <translation>Mae&apos;r bwndel nesaf a wneir i&apos;r gweithiwr hwnnw yn cario&apos;r achos cyfan. Os oes gan weithiwr arall yr achos nawr, mae&apos;r bwndel nesaf a wneir iddyn nhw yn ei dynnu oddi ar eu gliniadur.</translation>
    </message>
    <message>
        <source>A withdrawn laptop cannot be given cases.</source>
        <translation>Ni ellir rhoi achosion i liniadur sydd wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Give the case to them</source>
        <translation>Rhoi&apos;r achos iddyn nhw</translation>
    </message>
    <message>
        <source>{name}: has this case now</source>
        <translation>{name}: mae&apos;r achos hwn ganddyn nhw nawr</translation>
    </message>
    <message>
        <source>{name}: withdrawn, so cannot be given cases</source>
        <translation>{name}: wedi&apos;i dynnu&apos;n ôl, felly ni ellir rhoi achosion iddyn nhw</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {cases}</source>
        <translation>{name}: {cases}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>Intact: %n event(s), each linked to the one before, and none missing from the end.</source>
        <translation>
            <numerusform>Cyflawn: %n digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny, a dim un ar goll o&apos;r diwedd.</numerusform>
            <numerusform>Cyflawn: %n digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny, a dim un ar goll o&apos;r diwedd.</numerusform>
            <numerusform>Cyflawn: %n digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny, a dim un ar goll o&apos;r diwedd.</numerusform>
            <numerusform>Cyflawn: %n digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny, a dim un ar goll o&apos;r diwedd.</numerusform>
            <numerusform>Cyflawn: %n digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny, a dim un ar goll o&apos;r diwedd.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact. {problem} Keep a copy (Save as CSV) and report it.</source>
        <translation>NID yw&apos;n gyflawn. {problem} Cadwch gopi (Cadw fel CSV) a rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>Choose an event to read it in full here.</source>
        <translation>Dewiswch ddigwyddiad i&apos;w ddarllen yn llawn yma.</translation>
    </message>
    <message>
        <source>{what}, {when} (event {seq}, code {code})</source>
        <translation>{what}, {when} (digwyddiad {seq}, cod {code})</translation>
    </message>
    <message>
        <source>Worker: {name} (record {record})</source>
        <translation>Gweithiwr: {name} (cofnod {record})</translation>
    </message>
    <message>
        <source>Record: {record}</source>
        <translation>Cofnod: {record}</translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation>Manylyn: {detail}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n digwyddiad yn cael eu dangos</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {all} events shown</source>
        <translation>{shown} o {all} digwyddiad yn cael eu dangos</translation>
    </message>
    <message>
        <source>Save the audit trail as CSV</source>
        <translation>Cadw&apos;r trywydd archwilio fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) in {file}.</source>
        <translation>
            <numerusform>Cadwyd %n digwyddiad yn {file}.</numerusform>
            <numerusform>Cadwyd %n digwyddiad yn {file}.</numerusform>
            <numerusform>Cadwyd %n digwyddiad yn {file}.</numerusform>
            <numerusform>Cadwyd %n digwyddiad yn {file}.</numerusform>
            <numerusform>Cadwyd %n digwyddiad yn {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>Who did what, and when: opening, changing, printing and sending records. It holds codes and record numbers, never what was written. Each event is linked to the one before, so a change to the trail shows.</source>
        <translation>Pwy wnaeth beth, a phryd: agor, newid, argraffu ac anfon cofnodion. Mae&apos;n cadw codau a rhifau cofnodion, byth yr hyn a ysgrifennwyd. Mae pob digwyddiad wedi&apos;i gysylltu â&apos;r un cyn hynny, felly mae newid i&apos;r trywydd yn dangos.</translation>
    </message>
    <message>
        <source>Whether the trail is intact</source>
        <translation>A yw&apos;r trywydd yn gyflawn</translation>
    </message>
    <message>
        <source>&amp;Trail:</source>
        <translation>&amp;Trywydd:</translation>
    </message>
    <message>
        <source>Whose trail</source>
        <translation>Trywydd pwy</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Cofnod:</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>unrhyw gofnod</translation>
    </message>
    <message>
        <source>Only events about this record number</source>
        <translation>Dim ond digwyddiadau am rif y cofnod hwn</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Ers:</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Only events on or after this date</source>
        <translation>Dim ond digwyddiadau ar y dyddiad hwn neu wedyn</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Digwyddiadau archwilio</translation>
    </message>
    <message>
        <source>The chosen event in full</source>
        <translation>Y digwyddiad a ddewiswyd, yn llawn</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;Gwirio&apos;r trywydd</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Cadw fel &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>No backup yet</source>
        <translation>Dim copi wrth gefn eto</translation>
    </message>
    <message>
        <source>Back up now, or choose a folder and a schedule in Settings.</source>
        <translation>Gwnewch gopi wrth gefn nawr, neu dewiswch ffolder ac amserlen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Copi wrth gefn diwethaf: {date}</translation>
    </message>
    <message>
        <source>More than a week ago: back up now.</source>
        <translation>Mwy nag wythnos yn ôl: gwnewch gopi wrth gefn nawr.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Ni wnaed copi wrth gefn</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backup written and checked: {name} in {folder}</source>
        <translation>Copi wrth gefn wedi&apos;i ysgrifennu a&apos;i wirio: {name} yn {folder}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>The backup could not be made ({kind}). Nothing was kept under a backup&apos;s name.</source>
        <translation>Nid oedd modd gwneud y copi wrth gefn ({kind}). Ni chadwyd dim dan enw copi wrth gefn.</translation>
    </message>
    <message>
        <source>Where should backups go? (for example a USB stick kept locked away)</source>
        <translation>Ble dylai&apos;r copïau wrth gefn fynd? (er enghraifft cof bach USB sy&apos;n cael ei gadw dan glo)</translation>
    </message>
</context>
<context>
    <name>CallCardDialog</name>
    <message>
        <source>Ask for {name}</source>
        <translation>Gofynnwch am {name}</translation>
    </message>
    <message>
        <source>There is no number that is safe to call.</source>
        <translation>Does dim rhif sy&apos;n ddiogel i&apos;w ffonio.</translation>
    </message>
    <message>
        <source>A voicemail or message may be left on this number.</source>
        <translation>Cewch adael neges llais neu neges ar y rhif hwn.</translation>
    </message>
    <message>
        <source>Do not leave a voicemail or message.</source>
        <translation>Peidiwch â gadael neges llais na neges.</translation>
    </message>
    <message>
        <source>Nothing agreed yet: end the call kindly.</source>
        <translation>Dim byd wedi&apos;i gytuno eto: dewch â&apos;r alwad i ben yn garedig.</translation>
    </message>
    <message>
        <source>None agreed yet</source>
        <translation>Dim wedi&apos;i gytuno eto</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Call card</source>
        <translation>Cerdyn galw</translation>
    </message>
    <message>
        <source>Withhold your number (dial 141 first).</source>
        <translation>Cuddiwch eich rhif (deialwch 141 yn gyntaf).</translation>
    </message>
    <message>
        <source>Who else may answer</source>
        <translation>Pwy arall allai ateb</translation>
    </message>
    <message>
        <source>If someone else answers</source>
        <translation>Os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <source>Can&apos;t-talk code word</source>
        <translation>Gair cod &quot;methu siarad&quot;</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>Cysylltiadau diwethaf</translation>
    </message>
</context>
<context>
    <name>CancelContactDialog</name>
    <message>
        <source>Cancel a planned contact</source>
        <translation>Canslo cyswllt wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Cancel: {what}. It stays in the record, marked as cancelled.</source>
        <translation>Canslo: {what}. Mae&apos;n aros yn y cofnod, wedi&apos;i nodi fel wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Pam mae&apos;n cael ei ganslo?</translation>
    </message>
    <message>
        <source>For example: met at the probation office instead</source>
        <translation>Er enghraifft: wedi cyfarfod yn swyddfa&apos;r gwasanaeth prawf yn lle hynny</translation>
    </message>
    <message>
        <source>Cancel contact</source>
        <translation>Canslo&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>CaseContactsDialog</name>
    <message>
        <source>Agency contacts involved</source>
        <translation>Cysylltiadau asiantaeth sy&apos;n rhan o&apos;r achos</translation>
    </message>
    <message>
        <source>Tick the people at other agencies who work on this case, for example the probation officer and the programme tutor.</source>
        <translation>Ticiwch y bobl mewn asiantaethau eraill sy&apos;n gweithio ar yr achos hwn, er enghraifft y swyddog prawf a thiwtor y rhaglen.</translation>
    </message>
    <message>
        <source>Agency contacts</source>
        <translation>Cysylltiadau asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Agencies…</source>
        <translation>&amp;Asiantaethau…</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <source>Add an agency or a contact, or change their details</source>
        <translation>Ychwanegu asiantaeth neu gyswllt, neu newid eu manylion</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>More for this case: a subject access copy</source>
        <translation>Mwy ar gyfer yr achos hwn: copi mynediad at ddata</translation>
    </message>
    <message>
        <source>More for this case</source>
        <translation>Mwy ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>Dadwneud y newidiadau ers y cadw diwethaf</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Cau&apos;r achos…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Cadw&apos;r newidiadau (Ctrl+S)</translation>
    </message>
    <message>
        <source>Contact safely</source>
        <translation>Cyswllt diogel</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Names and needs</source>
        <translation>Enwau ac anghenion</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>The name they want to be called</source>
        <translation>Yr enw maen nhw am i chi ei ddefnyddio</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Enw cyfreithiol</translation>
    </message>
    <message>
        <source>Name on the phone</source>
        <translation>Enw ar y ffôn</translation>
    </message>
    <message>
        <source>If different: what to call them when phoning</source>
        <translation>Os yw&apos;n wahanol: beth i&apos;w galw wrth ffonio</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>For example she/her, he/him, they/them</source>
        <translation>Er enghraifft hi, fe, nhw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or leave empty if not known</source>
        <translation>DD/MM/BBBB, neu gadewch yn wag os nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>For example Welsh, English</source>
        <translation>Er enghraifft Cymraeg, Saesneg</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <source>Anything that makes contact easier</source>
        <translation>Unrhyw beth sy&apos;n gwneud cysylltu&apos;n haws</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Ble maen nhw&apos;n byw</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>One line of the address on each line</source>
        <translation>Un llinell o&apos;r cyfeiriad ar bob llinell</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Safe to visit</source>
        <translation>Diogel i ymweld</translation>
    </message>
    <message>
        <source>Safe to post</source>
        <translation>Diogel i bostio</translation>
    </message>
    <message>
        <source>Do not visit or post here</source>
        <translation>Peidiwch ag ymweld na phostio yma</translation>
    </message>
    <message>
        <source>Town or area</source>
        <translation>Tref neu ardal</translation>
    </message>
    <message>
        <source>Getting about</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Car, buses, lifts from family…</source>
        <translation>Car, bysiau, lifftiau gan y teulu…</translation>
    </message>
    <message>
        <source>Support and referral</source>
        <translation>Cymorth ac atgyfeirio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Allocated worker</source>
        <translation>Gweithiwr penodedig</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Dyddiad atgyfeirio</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>For example Building Choices</source>
        <translation>Er enghraifft Building Choices</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Sharing allowed</source>
        <translation>Caniateir rhannu</translation>
    </message>
    <message>
        <source>What may be shared, and with whom</source>
        <translation>Beth all gael ei rannu, a gyda phwy</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Causing harm</source>
        <translation>Achosi niwed</translation>
    </message>
    <message>
        <source>The person who has caused harm, as probation and the police describe them. Keep to facts.</source>
        <translation>Y person sydd wedi achosi niwed, fel mae&apos;r gwasanaeth prawf a&apos;r heddlu yn ei ddisgrifio. Cadwch at ffeithiau.</translation>
    </message>
    <message>
        <source>About them</source>
        <translation>Amdanyn nhw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Leave empty if nobody is recorded</source>
        <translation>Gadewch yn wag os nad oes neb wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>For example ex-partner, father of the children</source>
        <translation>Er enghraifft cyn-bartner, rhiant y plant</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>Order ends</source>
        <translation>Y gorchymyn yn dod i ben</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Swyddog prawf</translation>
    </message>
    <message>
        <source>Probation reference</source>
        <translation>Cyfeirnod prawf</translation>
    </message>
    <message>
        <source>As on probation&apos;s updates, e.g. PR/1001</source>
        <translation>Fel ar ddiweddariadau&apos;r gwasanaeth prawf, e.e. PR/1001</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiynau a fynychwyd</translation>
    </message>
    <message>
        <source>Licence conditions and exclusion zones</source>
        <translation>Amodau&apos;r drwydded a pharthau gwahardd</translation>
    </message>
    <message>
        <source>Licence conditions</source>
        <translation>Amodau&apos;r drwydded</translation>
    </message>
    <message>
        <source>Exclusion zones</source>
        <translation>Parthau gwahardd</translation>
    </message>
    <message>
        <source>Places they must not go</source>
        <translation>Llefydd na chânt fynd iddynt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>CaseRecordWidget</name>
    <message>
        <source>This case is closed. Reason: {reason}</source>
        <translation>Mae&apos;r achos hwn ar gau. Rheswm: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Due for release in %n day(s)</source>
        <translation>
            <numerusform>I&apos;w ryddhau ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w ryddhau ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w ryddhau ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w ryddhau ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w ryddhau ymhen %n diwrnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Cyswllt nesaf</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Can call now</source>
        <translation>Gallu ffonio nawr</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Risk level: {level} (score {score})</source>
        <translation>Lefel risg: {level} (sgôr {score})</translation>
    </message>
    <message>
        <source>Risk review due {date}</source>
        <translation>Adolygiad risg yn ddyledus {date}</translation>
    </message>
    <message>
        <source>Overdue: {date}</source>
        <translation>Yn hwyr: {date}</translation>
    </message>
    <message>
        <source>with {worker}</source>
        <translation>gyda {worker}</translation>
    </message>
    <message>
        <source>{number}, until {time}</source>
        <translation>{number}, tan {time}</translation>
    </message>
</context>
<context>
    <name>CaseloadPane</name>
    <message>
        <source>Nothing found. Try part of a name, a place or a phone number.</source>
        <translation>Dim wedi&apos;i ganfod. Rhowch gynnig ar ran o enw, lle neu rif ffôn.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your caseload stays as it is; from now on it opens with the new passphrase. Nobody at the office can read it back to you.</source>
        <translation>Mae eich llwyth achosion yn aros fel y mae; o hyn ymlaen mae&apos;n agor gyda&apos;r cyfrinymadrodd newydd. Does neb yn y swyddfa&apos;n gallu ei ddarllen yn ôl i chi.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Y cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Ei ddangos</translation>
    </message>
    <message>
        <source>Changing your passphrase… this takes a few seconds.</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Nid dyna&apos;ch cyfrinymadrodd presennol. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Something went wrong. Your passphrase was not changed.</source>
        <translation>Aeth rhywbeth o&apos;i le. Ni newidiwyd eich cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Yn byw gyda</translation>
    </message>
    <message>
        <source>Contact arrangements</source>
        <translation>Trefniadau cyswllt</translation>
    </message>
    <message>
        <source>Who they see, when, and how handovers happen</source>
        <translation>Pwy maen nhw&apos;n eu gweld, pryd, a sut mae&apos;r trosglwyddo&apos;n digwydd</translation>
    </message>
    <message>
        <source>Their own safety steps</source>
        <translation>Eu camau diogelwch eu hunain</translation>
    </message>
    <message>
        <source>For example: knows to go next door and say the code word</source>
        <translation>Er enghraifft: yn gwybod i fynd drws nesaf a dweud y gair cod</translation>
    </message>
    <message>
        <source>Their views</source>
        <translation>Eu barn</translation>
    </message>
    <message>
        <source>What they have said, in their words where possible</source>
        <translation>Beth maen nhw wedi&apos;i ddweud, yn eu geiriau eu hunain lle bo modd</translation>
    </message>
    <message>
        <source>No children are recorded. Use &quot;Add a child&quot; if there are children in the family.</source>
        <translation>Does dim plant wedi&apos;u cofnodi. Defnyddiwch &quot;Ychwanegu plentyn&quot; os oes plant yn y teulu.</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(dim enw eto)</translation>
    </message>
    <message>
        <source>{name}, {age}</source>
        <translation>{name}, {age}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation>Cau&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Closing the case takes it off the open caseload. The record and its log are kept.</source>
        <translation>Mae cau&apos;r achos yn ei dynnu oddi ar y llwyth achosion agored. Mae&apos;r cofnod a&apos;i log yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Why is the case being closed?</source>
        <translation>Pam mae&apos;r achos yn cael ei gau?</translation>
    </message>
    <message>
        <source>For example: moved out of the area, with a handover to the local service</source>
        <translation>Er enghraifft: wedi symud o&apos;r ardal, gyda throsglwyddo i&apos;r gwasanaeth lleol</translation>
    </message>
    <message>
        <source>A reason is needed to close the case.</source>
        <translation>Mae angen rheswm i gau&apos;r achos.</translation>
    </message>
</context>
<context>
    <name>ConfirmWordsDialog</name>
    <message>
        <source>Confirm {name}&apos;s laptop</source>
        <translation>Cadarnhau gliniadur {name}</translation>
    </message>
    <message>
        <source>Confirm this laptop: type the six words the worker reads to you</source>
        <translation>Cadarnhau&apos;r gliniadur hwn: teipiwch y chwe gair mae&apos;r gweithiwr yn eu darllen i chi</translation>
    </message>
    <message>
        <source>A first bundle from {name}&apos;s laptop is waiting. Before the office takes it, make sure it is really {name}&apos;s laptop: ask {name}, in person or on the number you know, to read out the six words their laptop shows (in its sync status, at the bottom of the window). Do not use words written on or sent with the bundle.</source>
        <translation>Mae bwndel cyntaf o liniadur {name} yn aros. Cyn i&apos;r swyddfa ei dderbyn, gwnewch yn siŵr mai gliniadur {name} ydyw mewn gwirionedd: gofynnwch i {name}, wyneb yn wyneb neu ar y rhif rydych chi&apos;n ei wybod, ddarllen y chwe gair mae eu gliniadur yn eu dangos (yn ei statws cysoni, ar waelod y ffenestr). Peidiwch â defnyddio geiriau sydd wedi&apos;u hysgrifennu ar y bwndel neu wedi&apos;u hanfon gydag ef.</translation>
    </message>
    <message>
        <source>The six words</source>
        <translation>Y chwe gair</translation>
    </message>
    <message>
        <source>the six words, in the order they are read out</source>
        <translation>y chwe gair, yn y drefn maen nhw&apos;n cael eu darllen</translation>
    </message>
    <message>
        <source>Confirm and import</source>
        <translation>Cadarnhau a mewnforio</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>No conflicts to look at.</source>
        <translation>Dim gwrthdaro i edrych arno.</translation>
    </message>
    <message>
        <source>Conflicts to look at ({n})</source>
        <translation>Gwrthdaro i edrych arnynt ({n})</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Gwrthdaro i edrych arnynt</translation>
    </message>
    <message>
        <source>In the record now: {value}</source>
        <translation>Yn y cofnod nawr: {value}</translation>
    </message>
    <message>
        <source>Write another value</source>
        <translation>Ysgrifennu gwerth arall</translation>
    </message>
    <message>
        <source>The right value (leave empty to clear it)</source>
        <translation>Y gwerth cywir (gadewch yn wag i&apos;w glirio)</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Cadw&apos;r gwerth hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Cadw&apos;r un hwn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Person causing harm</source>
        <translation>Person sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>Ffordd o gysylltu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Planned contact</source>
        <translation>Cyswllt wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>{case} · {record}: {detail}</source>
        <translation>{case} · {record}: {detail}</translation>
    </message>
    <message>
        <source>{record}: {detail}</source>
        <translation>{record}: {detail}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Write a whole number here, as the two values are.</source>
        <translation>Ysgrifennwch rif cyfan yma, fel y ddau werth.</translation>
    </message>
    <message>
        <source>Kept “{value}” for {what}. It goes to every laptop with the next bundles.</source>
        <translation>Cadwyd “{value}” ar gyfer {what}. Mae&apos;n mynd i bob gliniadur gyda&apos;r bwndeli nesaf.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>The same detail was changed in two places before either saw the other&apos;s change. Both values are kept until you choose one. Your choice goes to every laptop with the next bundles.</source>
        <translation>Cafodd yr un manylyn ei newid mewn dau le cyn i&apos;r naill weld newid y llall. Mae&apos;r ddau werth yn cael eu cadw nes i chi ddewis un. Mae eich dewis yn mynd i bob gliniadur gyda&apos;r bwndeli nesaf.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>Add to the contact log</source>
        <translation>Ychwanegu at y cofnod cyswllt</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>Time and support given</source>
        <translation>Amser a chymorth a roddwyd</translation>
    </message>
    <message>
        <source>Contact log, newest first</source>
        <translation>Cofnod cyswllt, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Record support…</source>
        <translation>Cofnodi cymorth…</translation>
    </message>
    <message>
        <source>Record work done for the person without them there: a call to housing, a letter, a referral</source>
        <translation>Cofnodi gwaith a wnaed dros y person heb iddyn nhw fod yno: galwad i&apos;r adran dai, llythyr, atgyfeiriad</translation>
    </message>
    <message>
        <source>Local services…</source>
        <translation>Gwasanaethau lleol…</translation>
    </message>
    <message>
        <source>Search the services directory by place and need, and add one to the safety plan</source>
        <translation>Chwilio&apos;r cyfeiriadur gwasanaethau yn ôl lle ac angen, ac ychwanegu un at y cynllun diogelwch</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Cywiro…</translation>
    </message>
    <message>
        <source>Add a corrected copy of the chosen entry (the original stays, marked as corrected)</source>
        <translation>Ychwanegu copi wedi&apos;i gywiro o&apos;r cofnod a ddewiswyd (mae&apos;r gwreiddiol yn aros, wedi&apos;i nodi fel wedi&apos;i gywiro)</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Cofnod cyswllt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Entries are never changed: to put one right, choose it and use &quot;Correct…&quot; (the old entry stays, marked).</source>
        <translation>Dydy cofnodion byth yn cael eu newid: i gywiro un, dewiswch ef a defnyddiwch &quot;Cywiro…&quot; (mae&apos;r hen gofnod yn aros, wedi&apos;i nodi).</translation>
    </message>
</context>
<context>
    <name>ContactLogPanel</name>
    <message>
        <source>Correction: {what}</source>
        <translation>Cywiriad: {what}</translation>
    </message>
    <message>
        <source>{what} (corrected)</source>
        <translation>{what} (wedi&apos;i gywiro)</translation>
    </message>
    <message>
        <source>Outside the call plan: {reason}</source>
        <translation>Y tu allan i&apos;r cynllun galw: {reason}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Dim byd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>travel {time}</source>
        <translation>teithio {time}</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Rhif neu gyfeiriad</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copïo&apos;r rhif</translation>
    </message>
    <message>
        <source>Copies the number. The clipboard is emptied again after 30 seconds.</source>
        <translation>Yn copïo&apos;r rhif. Mae&apos;r clipfwrdd yn cael ei wagio eto ar ôl 30 eiliad.</translation>
    </message>
    <message>
        <source>Not safe to call: do not ring this number</source>
        <translation>Ddim yn ddiogel i&apos;w ffonio: peidiwch â ffonio&apos;r rhif hwn</translation>
    </message>
    <message>
        <source>Never leave a voicemail or message</source>
        <translation>Peidiwch byth â gadael neges llais na neges</translation>
    </message>
    <message>
        <source>Our number will show on their phone</source>
        <translation>Bydd ein rhif yn dangos ar eu ffôn</translation>
    </message>
    <message>
        <source>Safe times each week</source>
        <translation>Amseroedd diogel bob wythnos</translation>
    </message>
    <message>
        <source>Only at the times they chose. Double-click the grid to add a time.</source>
        <translation>Dim ond ar yr amseroedd a ddewison nhw. Cliciwch ddwywaith ar y grid i ychwanegu amser.</translation>
    </message>
    <message>
        <source>Safe times each week, as a list</source>
        <translation>Amseroedd diogel bob wythnos, fel rhestr</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Phone safety</source>
        <translation>Diogelwch ffôn</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Diogel i ffonio</translation>
    </message>
    <message>
        <source>Safe to text</source>
        <translation>Diogel i decstio</translation>
    </message>
    <message>
        <source>Voicemail or message allowed</source>
        <translation>Caniateir neges llais neu neges</translation>
    </message>
    <message>
        <source>Withhold our number</source>
        <translation>Cuddio ein rhif</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Gofyn am</translation>
    </message>
    <message>
        <source>The name to ask for when calling</source>
        <translation>Yr enw i ofyn amdano wrth ffonio</translation>
    </message>
    <message>
        <source>Who else may answer</source>
        <translation>Pwy arall allai ateb</translation>
    </message>
    <message>
        <source>If someone else answers</source>
        <translation>Os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <source>What to say, for example: ask for Jo from the dental surgery, then end the call</source>
        <translation>Beth i&apos;w ddweud, er enghraifft: gofynnwch am Jo o&apos;r feddygfa ddeintyddol, yna dewch â&apos;r alwad i ben</translation>
    </message>
    <message>
        <source>&quot;Can&apos;t talk&quot; code word</source>
        <translation>Gair cod &quot;methu siarad&quot;</translation>
    </message>
    <message>
        <source>If they say this, end the call kindly</source>
        <translation>Os byddan nhw&apos;n dweud hyn, dewch â&apos;r alwad i ben yn garedig</translation>
    </message>
    <message>
        <source>One-off safe times</source>
        <translation>Amseroedd diogel untro</translation>
    </message>
    <message>
        <source>Do not call at these times</source>
        <translation>Peidiwch â ffonio ar yr amseroedd hyn</translation>
    </message>
    <message>
        <source>Notes about this way of getting in touch</source>
        <translation>Nodiadau am y ffordd hon o gysylltu</translation>
    </message>
</context>
<context>
    <name>ContactMethodEditor</name>
    <message>
        <source>Safe times each week</source>
        <translation>Amseroedd diogel bob wythnos</translation>
    </message>
    <message>
        <source>One-off safe times</source>
        <translation>Amseroedd diogel untro</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Peidiwch â ffonio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Cyfeiriad post</translation>
    </message>
    <message>
        <source>Where to meet</source>
        <translation>Ble i gyfarfod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>For example 07700 900123</source>
        <translation>Er enghraifft 07700 900123</translation>
    </message>
    <message>
        <source>For example 01632 960123</source>
        <translation>Er enghraifft 01632 960123</translation>
    </message>
    <message>
        <source>A neutral place, for example the library meeting room</source>
        <translation>Lle niwtral, er enghraifft ystafell gyfarfod y llyfrgell</translation>
    </message>
    <message>
        <source>Good times each week</source>
        <translation>Amseroedd da bob wythnos</translation>
    </message>
    <message>
        <source>Add a safe time</source>
        <translation>Ychwanegu amser diogel</translation>
    </message>
    <message>
        <source>Change a safe time</source>
        <translation>Newid amser diogel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>One-off safe time</source>
        <translation>Amser diogel untro</translation>
    </message>
    <message>
        <source>A single time when it is safe to get in touch, as well as the weekly safe times.</source>
        <translation>Un amser pan mae&apos;n ddiogel cysylltu, yn ogystal â&apos;r amseroedd diogel wythnosol.</translation>
    </message>
    <message>
        <source>A time when nobody may call or text, even within the weekly safe times.</source>
        <translation>Amser pan na chaiff neb ffonio nac anfon neges destun, hyd yn oed o fewn yr amseroedd diogel wythnosol.</translation>
    </message>
</context>
<context>
    <name>ContactMethods</name>
    <message>
        <source>Ways to get in touch</source>
        <translation>Ffyrdd o gysylltu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add a phone number, email address, postal address or place to meet</source>
        <translation>Ychwanegu rhif ffôn, cyfeiriad e-bost, cyfeiriad post neu le i gyfarfod</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>No ways to get in touch are recorded yet. Use Add to record a phone number or a safe place to meet.</source>
        <translation>Does dim ffyrdd o gysylltu wedi&apos;u cofnodi eto. Defnyddiwch Ychwanegu i gofnodi rhif ffôn neu le diogel i gyfarfod.</translation>
    </message>
</context>
<context>
    <name>ContactMethodsPanel</name>
    <message>
        <source>(not filled in yet)</source>
        <translation>(heb ei lenwi eto)</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Peidiwch â ffonio</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Diogel i ffonio</translation>
    </message>
    <message>
        <source>texts OK</source>
        <translation>negeseuon testun yn iawn</translation>
    </message>
    <message>
        <source>no texts</source>
        <translation>dim negeseuon testun</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>dim negeseuon</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import cases from a spreadsheet</source>
        <translation>Mewnforio achosion o daenlen</translation>
    </message>
    <message>
        <source>Save the spreadsheet as &quot;CSV UTF-8&quot;, with one row for each person and the column names in the first row. Every row is checked first: nothing is added while a row has a problem, unless you choose to skip those rows.</source>
        <translation>Cadwch y daenlen fel &quot;CSV UTF-8&quot;, gydag un rhes ar gyfer pob person ac enwau&apos;r colofnau yn y rhes gyntaf. Mae pob rhes yn cael ei gwirio yn gyntaf: does dim yn cael ei ychwanegu tra bo problem mewn rhes, oni bai eich bod yn dewis hepgor y rhesi hynny.</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Dewis y ffeil…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Dim ffeil wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>&amp;Skip rows with a problem and import the rest</source>
        <translation>&amp;Hepgor rhesi sydd â phroblem a mewnforio&apos;r gweddill</translation>
    </message>
    <message>
        <source>Rows that match someone already on the caseload are &amp;different people: add them too</source>
        <translation>Mae rhesi sy&apos;n cyfateb i rywun sydd eisoes ar y llwyth achosion yn bobl &amp;wahanol: eu hychwanegu nhw hefyd</translation>
    </message>
    <message>
        <source>&amp;Messages, row by row</source>
        <translation>&amp;Negeseuon, rhes wrth res</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Choose the spreadsheet (CSV)</source>
        <translation>Dewiswch y daenlen (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Wrthi&apos;n gwirio pob rhes…</translation>
    </message>
    <message>
        <source>tick &quot;different people&quot; and import again</source>
        <translation>ticiwch &quot;pobl wahanol&quot; a mewnforiwch eto</translation>
    </message>
    <message>
        <source>{name} is too big to be a caseload.</source>
        <translation>Mae {name} yn rhy fawr i fod yn llwyth achosion.</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {problem}</source>
        <translation>Llinell {line}, {field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need correcting (see the messages above).</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro %n rhes (gweler y negeseuon uchod).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro %n rhes (gweler y negeseuon uchod).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro %n rhes (gweler y negeseuon uchod).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro %n rhes (gweler y negeseuon uchod).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro %n rhes (gweler y negeseuon uchod).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n achos.</numerusform>
            <numerusform>Mewnforiwyd %n achos.</numerusform>
            <numerusform>Mewnforiwyd %n achos.</numerusform>
            <numerusform>Mewnforiwyd %n achos.</numerusform>
            <numerusform>Mewnforiwyd %n achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows listed above were skipped.</source>
        <translation>Cafodd y rhesi a restrir uchod eu hepgor.</translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Ni fewnforiwyd dim: {why}</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>Nid oedd modd darllen y ffeil. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was imported.</source>
        <translation>Aeth rhywbeth o&apos;i le. Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Local services</source>
        <translation>Gwasanaethau lleol</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Ger</translation>
    </message>
    <message>
        <source>Near: a town, village or postcode</source>
        <translation>Ger: tref, pentref neu god post</translation>
    </message>
    <message>
        <source>Town, village or postcode</source>
        <translation>Tref, pentref neu god post</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Who the service is for</source>
        <translation>Ar gyfer pwy mae&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Comes to the person</source>
        <translation>Yn dod at y person</translation>
    </message>
    <message>
        <source>Welsh-language service</source>
        <translation>Gwasanaeth Cymraeg</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gwasanaethau a ganfuwyd</translation>
    </message>
    <message>
        <source>The chosen service</source>
        <translation>Y gwasanaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Import spreadsheet…</source>
        <translation>Mewnforio taenlen…</translation>
    </message>
    <message>
        <source>Office: bring in the directory from a CSV file (all rows or none)</source>
        <translation>Swyddfa: dod â&apos;r cyfeiriadur i mewn o ffeil CSV (pob rhes neu ddim un)</translation>
    </message>
    <message>
        <source>Add a service…</source>
        <translation>Ychwanegu gwasanaeth…</translation>
    </message>
    <message>
        <source>Add a service to the directory</source>
        <translation>Ychwanegu gwasanaeth at y cyfeiriadur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Gwiriwyd heddiw</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Add to safety plan</source>
        <translation>Ychwanegu at y cynllun diogelwch</translation>
    </message>
    <message>
        <source>Put the chosen service under Local services in this person&apos;s safety plan</source>
        <translation>Rhoi&apos;r gwasanaeth a ddewiswyd dan Gwasanaethau lleol yng nghynllun diogelwch y person hwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Add a service to the directory</source>
        <translation>Ychwanegu gwasanaeth at y cyfeiriadur</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Newid {name}</translation>
    </message>
    <message>
        <source>The office&apos;s list: every laptop gets the change with its next sync.</source>
        <translation>Rhestr y swyddfa: bydd pob gliniadur yn cael y newid gyda&apos;i gysoni nesaf.</translation>
    </message>
    <message>
        <source>A service you add here is yours: it goes to the office with your next sync, and only you or the office change it.</source>
        <translation>Eich gwasanaeth chi yw gwasanaeth rydych chi&apos;n ei ychwanegu yma: mae&apos;n mynd i&apos;r swyddfa gyda&apos;ch cysoni nesaf, a dim ond chi neu&apos;r swyddfa sy&apos;n ei newid.</translation>
    </message>
    <message>
        <source>A service in the directory</source>
        <translation>Gwasanaeth yn y cyfeiriadur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>Enw&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>What the service does</source>
        <translation>Beth mae&apos;r gwasanaeth yn ei wneud</translation>
    </message>
    <message>
        <source>Who for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>Who the service is for</source>
        <translation>Ar gyfer pwy mae&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <source>Areas covered, separated by semicolons</source>
        <translation>Yr ardaloedd a gwmpesir, wedi&apos;u gwahanu gan hanner colon</translation>
    </message>
    <message>
        <source>Towns, villages or postcode districts, with ; between them (empty: everywhere)</source>
        <translation>Trefi, pentrefi neu ardaloedd cod post, gyda ; rhyngddyn nhw (gwag: ym mhobman)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Comes to the person</source>
        <translation>Yn dod at y person</translation>
    </message>
    <message>
        <source>Welsh-language service</source>
        <translation>Gwasanaeth Cymraeg</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Oriau agor</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 9:00–17:00</source>
        <translation>Er enghraifft: Llun–Gwener 9:00–17:00</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Languages spoken, separated by semicolons</source>
        <translation>Yr ieithoedd a siaredir, wedi&apos;u gwahanu gan hanner colon</translation>
    </message>
    <message>
        <source>For example: English; Welsh; Polish</source>
        <translation>Er enghraifft: Saesneg; Cymraeg; Pwyleg</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeirio</translation>
    </message>
    <message>
        <source>How to refer someone</source>
        <translation>Sut i atgyfeirio rhywun</translation>
    </message>
    <message>
        <source>How a person gets in: they phone, a worker refers, a form…</source>
        <translation>Sut mae person yn cael mynediad: maen nhw&apos;n ffonio, gweithiwr yn atgyfeirio, ffurflen…</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gwiriwyd ar</translation>
    </message>
    <message>
        <source>The details have been checked</source>
        <translation>Mae&apos;r manylion wedi&apos;u gwirio</translation>
    </message>
    <message>
        <source>Date last checked</source>
        <translation>Dyddiad y gwiriad diwethaf</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Gwiriwyd heddiw</translation>
    </message>
    <message>
        <source>The number and hours were checked today</source>
        <translation>Cafodd y rhif a&apos;r oriau eu gwirio heddiw</translation>
    </message>
</context>
<context>
    <name>EnrolCheckPage</name>
    <message>
        <source>This file sets up this laptop for {worker}, to sync with the office &lt;b&gt;{office}&lt;/b&gt;.</source>
        <translation>Mae&apos;r ffeil hon yn paratoi&apos;r gliniadur hwn ar gyfer {worker}, i gysoni gyda&apos;r swyddfa &lt;b&gt;{office}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check the file is from your office</source>
        <translation>Gwiriwch fod y ffeil yn dod o&apos;ch swyddfa</translation>
    </message>
    <message>
        <source>Ask the office to show their fingerprint words on their screen. Check they are these six words, in this order:</source>
        <translation>Gofynnwch i&apos;r swyddfa ddangos eu geiriau olion bysedd ar eu sgrin. Gwiriwch mai&apos;r chwe gair hyn ydyn nhw, yn y drefn hon:</translation>
    </message>
    <message>
        <source>If any word is different, stop here and tell the office: this file may not be theirs.</source>
        <translation>Os oes unrhyw air yn wahanol, stopiwch yma a dywedwch wrth y swyddfa: efallai nad eu ffeil nhw yw hon.</translation>
    </message>
    <message>
        <source>The six words match the office screen</source>
        <translation>Mae&apos;r chwe gair yr un fath â sgrin y swyddfa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
</context>
<context>
    <name>EnrolDonePage</name>
    <message>
        <source>It could not be deleted ({reason}). Delete it by hand.</source>
        <translation>Nid oedd modd ei dileu ({reason}). Dilëwch hi â llaw.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>This laptop is set up</source>
        <translation>Mae&apos;r gliniadur hwn yn barod</translation>
    </message>
    <message>
        <source>These are this laptop&apos;s fingerprint words. Read them to the office, or show them this screen, so they can check them when your first bundle arrives:</source>
        <translation>Dyma eiriau olion bysedd y gliniadur hwn. Darllenwch nhw i&apos;r swyddfa, neu dangoswch y sgrin hon iddyn nhw, fel y gallan nhw eu gwirio pan fydd eich bwndel cyntaf yn cyrraedd:</translation>
    </message>
    <message>
        <source>Next: make a bundle for the office (Sync, then &quot;Make a bundle for the office…&quot;) and take it in. The office learns this laptop&apos;s keys from it.</source>
        <translation>Nesaf: gwnewch fwndel i&apos;r swyddfa (Cysoni, yna &quot;Gwneud bwndel i&apos;r swyddfa…&quot;) ac ewch ag ef yno. Mae&apos;r swyddfa&apos;n dysgu allweddi&apos;r gliniadur hwn ohono.</translation>
    </message>
    <message>
        <source>Delete the enrolment file now, or hand it back to the office: until your first bundle reaches them, it could set up another laptop in your name.</source>
        <translation>Dilëwch y ffeil gofrestru nawr, neu rhowch hi&apos;n ôl i&apos;r swyddfa: nes i&apos;ch bwndel cyntaf eu cyrraedd, gallai baratoi gliniadur arall yn eich enw chi.</translation>
    </message>
    <message>
        <source>Delete the enrolment file</source>
        <translation>Dileu&apos;r ffeil gofrestru</translation>
    </message>
    <message>
        <source>Open my caseload</source>
        <translation>Agor fy llwyth achosion</translation>
    </message>
</context>
<context>
    <name>EnrolWorkerDialog</name>
    <message>
        <source>Enrol a worker</source>
        <translation>Cofrestru gweithiwr</translation>
    </message>
    <message>
        <source>Enrol a worker&apos;s laptop</source>
        <translation>Cofrestru gliniadur gweithiwr</translation>
    </message>
    <message>
        <source>This makes an enrolment file for one worker&apos;s laptop. Whoever holds the file can set up a laptop as that worker, so save it where only you can reach it and hand it over in person.</source>
        <translation>Mae hyn yn gwneud ffeil gofrestru ar gyfer gliniadur un gweithiwr. Gall pwy bynnag sydd â&apos;r ffeil baratoi gliniadur fel y gweithiwr hwnnw, felly cadwch hi lle dim ond chi sy&apos;n gallu ei chyrraedd a&apos;i rhoi â llaw.</translation>
    </message>
    <message>
        <source>The worker&apos;s name</source>
        <translation>Enw&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>The worker&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r gweithiwr:</translation>
    </message>
    <message>
        <source>&amp;Save the enrolment file…</source>
        <translation>&amp;Cadw&apos;r ffeil gofrestru…</translation>
    </message>
    <message>
        <source>Save the enrolment file for the worker</source>
        <translation>Cadw&apos;r ffeil gofrestru ar gyfer y gweithiwr</translation>
    </message>
    <message>
        <source>The office&apos;s six words</source>
        <translation>Chwe gair y swyddfa</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Cadw&apos;r ffeil gofrestru</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Ffeiliau cofrestru (*.json)</translation>
    </message>
    <message>
        <source>{name} is already there: choose another name. An enrolment file is never saved over a file.</source>
        <translation>Mae {name} yno&apos;n barod: dewiswch enw arall. Dydy ffeil gofrestru byth yn cael ei chadw dros ffeil.</translation>
    </message>
    <message>
        <source>No enrolment file was made: {problem}</source>
        <translation>Ni chafodd ffeil gofrestru ei gwneud: {problem}</translation>
    </message>
    <message>
        <source>No enrolment file was made: it could not be saved in {folder} ({reason}).</source>
        <translation>Ni chafodd ffeil gofrestru ei gwneud: doedd dim modd ei chadw yn {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Wedi&apos;i chadw fel {path}.</translation>
    </message>
    <message>
        <source>Next, {name} sets up their laptop with this file (“Set up from an office enrolment file” when the app first opens). Their laptop shows the office&apos;s six words: check together they are these, in this order:</source>
        <translation>Nesaf, mae {name} yn paratoi eu gliniadur gyda&apos;r ffeil hon (“Paratoi o ffeil gofrestru&apos;r swyddfa” pan fydd yr ap yn agor am y tro cyntaf). Mae eu gliniadur yn dangos chwe gair y swyddfa: gwiriwch gyda&apos;ch gilydd mai dyma nhw, yn y drefn hon:</translation>
    </message>
    <message>
        <source>Hand the file over in person, never by email, and delete it once the laptop is set up. When {name}&apos;s first bundle is imported here, the office asks for the six words their laptop shows: {name} reads them to you, in person or on the number you know.</source>
        <translation>Rhowch y ffeil â llaw, byth drwy e-bost, a&apos;i dileu unwaith y bydd y gliniadur wedi&apos;i baratoi. Pan fydd bwndel cyntaf {name} yn cael ei fewnforio yma, mae&apos;r swyddfa&apos;n gofyn am y chwe gair mae eu gliniadur yn eu dangos: mae {name} yn eu darllen i chi, wyneb yn wyneb neu ar y rhif rydych chi&apos;n ei adnabod.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Your caseload will be kept in {folder}</source>
        <translation>Bydd eich llwyth achosion yn cael ei gadw yn {folder}</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Paratoi&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>Create my caseload</source>
        <translation>Creu fy llwyth achosion</translation>
    </message>
    <message>
        <source>Choose the enrolment file from your office</source>
        <translation>Dewiswch y ffeil gofrestru gan eich swyddfa</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Ffeiliau cofrestru (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
    <message>
        <source>Creating your encrypted caseload… this takes a few seconds.</source>
        <translation>Wrthi&apos;n creu eich llwyth achosion wedi&apos;i amgryptio… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Something went wrong while creating the caseload. Nothing was kept.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth greu&apos;r llwyth achosion. Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Try the keyring again</source>
        <translation>Rhoi cynnig ar y cylch allweddi eto</translation>
    </message>
    <message>
        <source>Welcome to Safety Worker</source>
        <translation>Croeso i Safety Worker</translation>
    </message>
    <message>
        <source>Your caseload is kept encrypted on this laptop and works without a signal. Nothing is sent anywhere unless you carry a sync file to the office.</source>
        <translation>Mae eich llwyth achosion yn cael ei gadw wedi&apos;i amgryptio ar y gliniadur hwn ac mae&apos;n gweithio heb signal. Does dim yn cael ei anfon i unman oni bai eich bod yn mynd â ffeil gysoni i&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>Create a new caseload on this laptop</source>
        <translation>Creu llwyth achosion newydd ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>Set up from an office enrolment file</source>
        <translation>Paratoi o ffeil gofrestru&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Your office gives you this file in person. It sets up this laptop to carry sync bundles to and from the office.</source>
        <translation>Mae eich swyddfa&apos;n rhoi&apos;r ffeil hon i chi wyneb yn wyneb. Mae&apos;n paratoi&apos;r gliniadur hwn i gario bwndeli cysoni i&apos;r swyddfa ac oddi yno.</translation>
    </message>
    <message>
        <source>Try a demo caseload (fictional people, nothing is kept)</source>
        <translation>Rhoi cynnig ar lwyth achosion enghreifftiol (pobl ddychmygol, does dim yn cael ei gadw)</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>It opens your caseload. A few unrelated words are easy to remember and hard to guess, for example &quot;kettle orchard violet train&quot;. Keep it to yourself; nobody at the office can read it back to you.</source>
        <translation>Mae&apos;n agor eich llwyth achosion. Mae ychydig o eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu, er enghraifft &quot;tegell perllan fioled trên&quot;. Cadwch ef i chi&apos;ch hun; does neb yn y swyddfa&apos;n gallu ei ddarllen yn ôl i chi.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Keep the secret in a file instead (reduced protection)</source>
        <translation>Cadw&apos;r gyfrinach mewn ffeil yn lle hynny (llai o ddiogelwch)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>LogCorrectionDialog</name>
    <message>
        <source>Correct a log entry</source>
        <translation>Cywiro cofnod yn y log</translation>
    </message>
    <message>
        <source>Change what needs putting right. This adds a corrected entry; the original stays in the log, marked as corrected.</source>
        <translation>Newidiwch yr hyn sydd angen ei gywiro. Mae hyn yn ychwanegu cofnod wedi&apos;i gywiro; mae&apos;r gwreiddiol yn aros yn y log, wedi&apos;i nodi fel wedi&apos;i gywiro.</translation>
    </message>
</context>
<context>
    <name>LogEntryForm</name>
    <message>
        <source>{kind}, due {date}</source>
        <translation>{kind}, yn ddyledus {date}</translation>
    </message>
    <message>
        <source>{kind}, not due until {date}</source>
        <translation>{kind}, ddim yn ddyledus tan {date}</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Dim un o&apos;r rhain</translation>
    </message>
    <message>
        <source>This case has no phone number yet: add it to the case first, then log the contact.</source>
        <translation>Does gan yr achos hwn ddim rhif ffôn eto: ychwanegwch ef at yr achos yn gyntaf, yna cofnodwch y cyswllt.</translation>
    </message>
    <message>
        <source>This number is marked not safe to call: say below why it was called.</source>
        <translation>Mae&apos;r rhif hwn wedi&apos;i nodi fel ddim yn ddiogel i&apos;w ffonio: dywedwch isod pam y cafodd ei ffonio.</translation>
    </message>
    <message>
        <source>This number is marked not safe to text: say below why it was texted.</source>
        <translation>Mae&apos;r rhif hwn wedi&apos;i nodi fel ddim yn ddiogel i anfon neges destun ato: dywedwch isod pam yr anfonwyd neges.</translation>
    </message>
    <message>
        <source>The time is in the future. Log a contact once it has happened.</source>
        <translation>Mae&apos;r amser yn y dyfodol. Cofnodwch gyswllt unwaith y mae wedi digwydd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Number used</source>
        <translation>Rhif a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>This number is marked not safe to call.</source>
        <translation>Mae&apos;r rhif hwn wedi&apos;i nodi fel ddim yn ddiogel i&apos;w ffonio.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>A few words about what happened</source>
        <translation>Ychydig eiriau am beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Outside the call plan?</source>
        <translation>Y tu allan i&apos;r cynllun galw?</translation>
    </message>
    <message>
        <source>Only if outside the safe times, or to a number not marked safe: say why</source>
        <translation>Dim ond os y tu allan i&apos;r amseroedd diogel, neu i rif sydd heb ei nodi&apos;n ddiogel: dywedwch pam</translation>
    </message>
    <message>
        <source>A new incident was reported</source>
        <translation>Digwyddiad newydd wedi&apos;i adrodd</translation>
    </message>
    <message>
        <source>Asks for a review of the risk assessment</source>
        <translation>Angen adolygu&apos;r asesiad risg</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>Yn cwblhau</translation>
    </message>
    <message>
        <source>The planned contact this one completes. Only a contact that reached the person completes one.</source>
        <translation>Y cyswllt wedi&apos;i gynllunio mae hwn yn ei gwblhau. Dim ond cyswllt a gyrhaeddodd y person sy&apos;n cwblhau un.</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Amser a dreuliwyd</translation>
    </message>
    <message>
        <source>Minutes spent with or for the person</source>
        <translation>Munudau a dreuliwyd gyda&apos;r person neu drostyn nhw</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Minutes spent travelling</source>
        <translation>Munudau yn teithio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Cymorth a roddwyd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Safety Worker — DEMO</source>
        <translation>Safety Worker — ENGHRAIFFT</translation>
    </message>
    <message>
        <source>Reduced protection (no keyring on this laptop)</source>
        <translation>Llai o ddiogelwch (dim cylch allweddi ar y gliniadur hwn)</translation>
    </message>
    <message>
        <source>Encrypted · keyring</source>
        <translation>Wedi&apos;i amgryptio · cylch allweddi</translation>
    </message>
    <message numerus="yes">
        <source>Loading the caseload… %n case(s) so far</source>
        <translation>
            <numerusform>Wrthi&apos;n llwytho&apos;r llwyth achosion… %n achos hyd yma</numerusform>
            <numerusform>Wrthi&apos;n llwytho&apos;r llwyth achosion… %n achos hyd yma</numerusform>
            <numerusform>Wrthi&apos;n llwytho&apos;r llwyth achosion… %n achos hyd yma</numerusform>
            <numerusform>Wrthi&apos;n llwytho&apos;r llwyth achosion… %n achos hyd yma</numerusform>
            <numerusform>Wrthi&apos;n llwytho&apos;r llwyth achosion… %n achos hyd yma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>{shown} o %n achos</numerusform>
            <numerusform>{shown} o %n achos</numerusform>
            <numerusform>{shown} o %n achos</numerusform>
            <numerusform>{shown} o %n achos</numerusform>
            <numerusform>{shown} o %n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety Worker</source>
        <translation>Safety Worker</translation>
    </message>
    <message>
        <source>DEMO — a fictional caseload. Nothing here is about real people.</source>
        <translation>ENGHRAIFFT — llwyth achosion dychmygol. Does dim byd yma am bobl go iawn.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Dangos achosion ar gau</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Chwilio am achos</translation>
    </message>
    <message>
        <source>Find by name, place or phone number  (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw, lle neu rif ffôn  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose a case from the caseload to see it here.</source>
        <translation>Dewiswch achos o&apos;r llwyth achosion i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L): closes the caseload until the passphrase is typed again</source>
        <translation>Cloi nawr (Ctrl+L): yn cau&apos;r llwyth achosion nes bydd y cyfrinymadrodd yn cael ei deipio eto</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Hide (F12)</source>
        <translation>Cuddio (F12)</translation>
    </message>
    <message>
        <source>Hide the screen at once (F12, from any window): a blank page, and the app locks. Ctrl+Shift+F12 brings back the passphrase screen</source>
        <translation>Cuddio&apos;r sgrin ar unwaith (F12, o unrhyw ffenestr): tudalen wag, ac mae&apos;r ap yn cloi. Mae Ctrl+Shift+F12 yn dod â sgrin y cyfrinair yn ôl</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Bysellau byr</translation>
    </message>
    <message>
        <source>The keyboard shortcuts (F1)</source>
        <translation>Bysellau byr y bysellfwrdd (F1)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <source>Add cases from a spreadsheet saved as CSV, with a message for every row that needs correcting</source>
        <translation>Ychwanegu achosion o daenlen a gadwyd fel CSV, gyda neges ar gyfer pob rhes sydd angen ei chywiro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Who can be called now, what is overdue, releases and reviews coming up (Ctrl+T)</source>
        <translation>Pwy y gellir eu ffonio nawr, beth sy&apos;n hwyr, rhyddhau ac adolygiadau sydd ar ddod (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Call card…</source>
        <translation>Cerdyn galw…</translation>
    </message>
    <message>
        <source>What to have in front of you before ringing this case</source>
        <translation>Beth i&apos;w gael o&apos;ch blaen cyn ffonio&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the caseload to the folder chosen in Settings (Ctrl+Shift+B)</source>
        <translation>Ysgrifennu copi wrth gefn wedi&apos;i amgryptio o&apos;r llwyth achosion i&apos;r ffolder a ddewiswyd yn y Gosodiadau (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>Who did what, and when, and whether the trail is intact; save it as CSV for an investigation</source>
        <translation>Pwy wnaeth beth, a phryd, ac a yw&apos;r trywydd yn gyflawn; ei gadw fel CSV ar gyfer ymchwiliad</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Figures for funders, as charts: caseload, timeliness, contacts, support given, actions; save them as CSV (no names, small counts hidden)</source>
        <translation>Ffigurau i gyllidwyr, fel siartiau: llwyth achosion, prydlondeb, cysylltiadau, cymorth a roddwyd, camau; eu cadw fel CSV (dim enwau, niferoedd bach wedi&apos;u cuddio)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Carry changes to and from the office in a bundle file (for example on a USB stick)</source>
        <translation>Cario newidiadau i&apos;r swyddfa ac oddi yno mewn ffeil bwndel (er enghraifft ar gof bach USB)</translation>
    </message>
    <message>
        <source>Make a bundle for the office…</source>
        <translation>Gwneud bwndel i&apos;r swyddfa…</translation>
    </message>
    <message>
        <source>Make a bundle for a worker…</source>
        <translation>Gwneud bwndel i weithiwr…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Apply a bundle file (you can also drop the file on this window)</source>
        <translation>Defnyddio ffeil bwndel (gallwch hefyd ollwng y ffeil ar y ffenestr hon)</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Gwrthdaro…</translation>
    </message>
    <message>
        <source>Details changed in two places at once: choose the value to keep</source>
        <translation>Manylion wedi&apos;u newid mewn dau le ar unwaith: dewiswch y gwerth i&apos;w gadw</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation>Dangos y cyfrinymadroddion</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Correct a note</source>
        <translation>Cywiro nodyn</translation>
    </message>
    <message>
        <source>Write the note as it should read. This adds a corrected note; the original stays, marked as corrected.</source>
        <translation>Ysgrifennwch y nodyn fel y dylai ddarllen. Mae hyn yn ychwanegu nodyn wedi&apos;i gywiro; mae&apos;r gwreiddiol yn aros, wedi&apos;i nodi fel wedi&apos;i gywiro.</translation>
    </message>
    <message>
        <source>The corrected note</source>
        <translation>Y nodyn wedi&apos;i gywiro</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Add a note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what was passed on and to whom</source>
        <translation>Beth ddigwyddodd, beth a gytunwyd, beth a rannwyd ac i bwy</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Nodiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Cywiro…</translation>
    </message>
    <message>
        <source>Add a corrected copy of the chosen note (the original stays, marked as corrected)</source>
        <translation>Ychwanegu copi wedi&apos;i gywiro o&apos;r nodyn a ddewiswyd (mae&apos;r gwreiddiol yn aros, wedi&apos;i nodi fel wedi&apos;i gywiro)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Notes are kept as soon as they are added and are never changed. To put one right, choose it and use &quot;Correct…&quot;.</source>
        <translation>Mae nodiadau&apos;n cael eu cadw cyn gynted ag y cânt eu hychwanegu, a byth yn cael eu newid. I gywiro un, dewiswch ef a defnyddiwch &quot;Cywiro…&quot;.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>{when} · correction</source>
        <translation>{when} · cywiriad</translation>
    </message>
    <message>
        <source>{when} · corrected</source>
        <translation>{when} · wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
</context>
<context>
    <name>OfficeRecoveryDialog</name>
    <message>
        <source>Help a worker who forgot their passphrase</source>
        <translation>Helpu gweithiwr sydd wedi anghofio eu cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Open a worker&apos;s laptop again</source>
        <translation>Agor gliniadur gweithiwr eto</translation>
    </message>
    <message>
        <source>The worker saves a request file from their laptop&apos;s unlock screen (“Forgotten your passphrase?”) and brings it here. Nothing in their caseload is lost: they choose a new passphrase at the end.</source>
        <translation>Mae&apos;r gweithiwr yn cadw ffeil gais o sgrin ddatgloi eu gliniadur (“Wedi anghofio eich cyfrinymadrodd?”) ac yn dod â hi yma. Does dim byd yn eu llwyth achosion yn cael ei golli: mae&apos;n dewis cyfrinymadrodd newydd ar y diwedd.</translation>
    </message>
    <message>
        <source>1. Choose the request file the worker brought.</source>
        <translation>1. Dewiswch y ffeil gais a ddaeth gyda&apos;r gweithiwr.</translation>
    </message>
    <message>
        <source>Choose the &amp;request file…</source>
        <translation>Dewis y ffeil &amp;gais…</translation>
    </message>
    <message>
        <source>Choose the worker&apos;s request file</source>
        <translation>Dewis ffeil gais y gweithiwr</translation>
    </message>
    <message>
        <source>No request file chosen yet.</source>
        <translation>Dim ffeil gais wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>2. Save the answer file for the worker (for example on their USB stick).</source>
        <translation>2. Cadwch y ffeil ateb i&apos;r gweithiwr (er enghraifft ar eu cof bach USB).</translation>
    </message>
    <message>
        <source>Save the &amp;answer file…</source>
        <translation>Cadw&apos;r ffeil &amp;ateb…</translation>
    </message>
    <message>
        <source>Save the answer file for the worker</source>
        <translation>Cadw&apos;r ffeil ateb i&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>3. Give the worker the answer file. Read them this recovery code by phone:</source>
        <translation>3. Rhowch y ffeil ateb i&apos;r gweithiwr. Darllenwch y cod adfer hwn iddyn nhw dros y ffôn:</translation>
    </message>
    <message>
        <source>Recovery code to read to the worker</source>
        <translation>Cod adfer i&apos;w ddarllen i&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>Never send or write the code with the file: either one alone opens nothing. On their laptop the worker chooses the answer file, types the code and chooses a new passphrase. Then they delete the request and answer files.</source>
        <translation>Peidiwch byth ag anfon nac ysgrifennu&apos;r cod gyda&apos;r ffeil: dydy&apos;r naill na&apos;r llall ar ei ben ei hun yn agor dim. Ar eu gliniadur mae&apos;r gweithiwr yn dewis y ffeil ateb, yn teipio&apos;r cod ac yn dewis cyfrinymadrodd newydd. Yna mae&apos;n dileu&apos;r ffeiliau cais ac ateb.</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Ffeiliau cais (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Save the answer file</source>
        <translation>Cadw&apos;r ffeil ateb</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Ffeiliau ateb (*.json)</translation>
    </message>
    <message>
        <source>{name} is already there: choose another name. An answer is never saved over a file.</source>
        <translation>Mae {name} yno&apos;n barod: dewiswch enw arall. Dydy ateb byth yn cael ei gadw dros ffeil.</translation>
    </message>
    <message>
        <source>Making the answer file… this takes a few seconds.</source>
        <translation>Yn gwneud y ffeil ateb… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Wedi&apos;i chadw fel {path}.</translation>
    </message>
    <message>
        <source>No answer file was made: {problem}</source>
        <translation>Ni chafodd ffeil ateb ei gwneud: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong while making the answer file. Nothing was saved.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth wneud y ffeil ateb. Ni chafodd dim ei gadw.</translation>
    </message>
</context>
<context>
    <name>OpenActionsDialog</name>
    <message numerus="yes">
        <source>%n open action(s) across the workers&apos; cases</source>
        <translation>
            <numerusform>%n cam agored ar draws achosion y gweithwyr</numerusform>
            <numerusform>%n cam agored ar draws achosion y gweithwyr</numerusform>
            <numerusform>%n cam agored ar draws achosion y gweithwyr</numerusform>
            <numerusform>%n cam agored ar draws achosion y gweithwyr</numerusform>
            <numerusform>%n cam agored ar draws achosion y gweithwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions across workers</source>
        <translation>Camau agored pob gweithiwr</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Camau agored</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Caps Lock is on: your passphrase may come out in capitals.</source>
        <translation>Mae Caps Lock ymlaen: efallai y daw eich cyfrinymadrodd allan mewn priflythrennau.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Rhybudd Caps Lock</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>The end must be after the start.</source>
        <translation>Rhaid i&apos;r diwedd fod ar ôl y dechrau.</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dyddiadau ac amseroedd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
</context>
<context>
    <name>PersonPlanView</name>
    <message>
        <source>{part}: item {n}</source>
        <translation>{part}: eitem {n}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove item {n} of {part}</source>
        <translation>Tynnu eitem {n} o {part}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Nothing had changed.</source>
        <translation>Doedd dim byd wedi newid.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Cadw&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>The changes have not been saved yet. Save them before finishing?</source>
        <translation>Dydy&apos;r newidiadau ddim wedi&apos;u cadw eto. Eu cadw cyn gorffen?</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Iaith y cynllun</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testun mwy</translation>
    </message>
    <message>
        <source>Hide (F12)</source>
        <translation>Cuddio (F12)</translation>
    </message>
    <message>
        <source>Hide the screen at once: a blank page, and the app locks</source>
        <translation>Cuddio&apos;r sgrin ar unwaith: tudalen wag, ac mae&apos;r ap yn cloi</translation>
    </message>
    <message>
        <source>Finish and lock</source>
        <translation>Gorffen a chloi</translation>
    </message>
    <message>
        <source>End this view: the app locks, and the worker&apos;s passphrase opens it again</source>
        <translation>Gorffen yr olwg hon: mae&apos;r ap yn cloi, ac mae cyfrinymadrodd y gweithiwr yn ei agor eto</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Ychwanegu at</translation>
    </message>
    <message>
        <source>Part of the plan to add to</source>
        <translation>Rhan o&apos;r cynllun i ychwanegu ati</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
</context>
<context>
    <name>PlanContactDialog</name>
    <message>
        <source>Plan a contact</source>
        <translation>Cynllunio cyswllt</translation>
    </message>
    <message>
        <source>Contact (ad hoc)</source>
        <translation>Cyswllt (ad hoc)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>Beth yw ei ddiben (dewisol)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Ei gynllunio</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Earlier versions of the safety plan</source>
        <translation>Fersiynau cynharach o&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <source>Every saved plan is kept as a version. Earlier versions can be read and printed, not changed.</source>
        <translation>Mae pob cynllun a gadwyd yn cael ei gadw fel fersiwn. Gellir darllen ac argraffu fersiynau cynharach, ond nid eu newid.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Preview and print this version…</source>
        <translation>Rhagweld ac argraffu&apos;r fersiwn hon…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>PlanItemsEditor</name>
    <message>
        <source>What is agreed, in words the person would use</source>
        <translation>Beth a gytunwyd, yn y geiriau y byddai&apos;r person yn eu defnyddio</translation>
    </message>
    <message>
        <source>Who they go to and what they mean, e.g. texted to their sister: ring 999</source>
        <translation>At bwy maen nhw&apos;n mynd a beth mae&apos;n ei olygu, e.e. neges destun i&apos;w chwaer: ffonio 999</translation>
    </message>
    <message>
        <source>(the words to print are not written yet)</source>
        <translation>(dydy&apos;r geiriau i&apos;w hargraffu ddim wedi&apos;u hysgrifennu eto)</translation>
    </message>
    <message>
        <source>(empty: write what is agreed)</source>
        <translation>(gwag: ysgrifennwch beth a gytunwyd)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Printed on the copy the person keeps</source>
        <translation>Wedi&apos;i argraffu ar y copi mae&apos;r person yn ei gadw</translation>
    </message>
    <message>
        <source>Only on the worker copy: never printed for the person</source>
        <translation>Ar gopi&apos;r gweithiwr yn unig: byth yn cael ei argraffu i&apos;r person</translation>
    </message>
    <message>
        <source>Choose a section or an item on the left.</source>
        <translation>Dewiswch adran neu eitem ar y chwith.</translation>
    </message>
    <message>
        <source>Nothing is written down yet. Talk it through using the prompts below, then use Add item to write down what is agreed.</source>
        <translation>Does dim wedi&apos;i ysgrifennu eto. Siaradwch amdano gan ddefnyddio&apos;r awgrymiadau isod, yna defnyddiwch Ychwanegu eitem i ysgrifennu beth a gytunwyd.</translation>
    </message>
    <message>
        <source>Nothing in this section yet. Use Add item to add what is agreed.</source>
        <translation>Dim byd yn yr adran hon eto. Defnyddiwch Ychwanegu eitem i ychwanegu beth a gytunwyd.</translation>
    </message>
    <message>
        <source>{total} in this section, {n} of them on the person&apos;s copy.</source>
        <translation>Cyfanswm yn yr adran hon: {total}. Ar gopi&apos;r person: {n}.</translation>
    </message>
    <message>
        <source>The words alone, as the person would say or text them</source>
        <translation>Y geiriau yn unig, fel y byddai&apos;r person yn eu dweud neu&apos;n eu tecstio</translation>
    </message>
    <message>
        <source>Only on the worker copy: never printed for the person.</source>
        <translation>Ar gopi&apos;r gweithiwr yn unig: byth yn cael ei argraffu i&apos;r person.</translation>
    </message>
    <message>
        <source>Only the words print, never what they mean.</source>
        <translation>Dim ond y geiriau sy&apos;n cael eu hargraffu, byth beth maen nhw&apos;n ei olygu.</translation>
    </message>
    <message>
        <source>Printed on the copy the person keeps, and on the pocket card.</source>
        <translation>Wedi&apos;i argraffu ar y copi mae&apos;r person yn ei gadw, ac ar y cerdyn poced.</translation>
    </message>
    <message>
        <source>Printed on the copy the person keeps.</source>
        <translation>Wedi&apos;i argraffu ar y copi mae&apos;r person yn ei gadw.</translation>
    </message>
</context>
<context>
    <name>PlanPrintDialog</name>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Wrthi&apos;n paratoi&apos;r rhagolwg…</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>The preview could not be made: {problem}</source>
        <translation>Nid oedd modd creu&apos;r rhagolwg: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Nid oedd modd dangos y rhagolwg.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Wrthi&apos;n paratoi&apos;r tudalennau i&apos;r argraffydd…</translation>
    </message>
    <message>
        <source>Not printed: {problem}</source>
        <translation>Heb ei argraffu: {problem}</translation>
    </message>
    <message>
        <source>Not printed: the printer could not be reached. Check it is on and try again.</source>
        <translation>Heb ei argraffu: nid oedd modd cyrraedd yr argraffydd. Gwiriwch ei fod ymlaen a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Saved as {name}. Remember to delete it when it is no longer needed.</source>
        <translation>Wedi&apos;i gadw fel {name}. Cofiwch ei ddileu pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <source>the file could not be written ({why}).</source>
        <translation>nid oedd modd ysgrifennu&apos;r ffeil ({why}).</translation>
    </message>
    <message>
        <source>Save a copy as a file?</source>
        <translation>Cadw copi fel ffeil?</translation>
    </message>
    <message>
        <source>A saved file can be found and opened by someone else using this computer or the stick it is saved on.

Save it only to an encrypted USB stick, or delete it as soon as it is printed.</source>
        <translation>Gall rhywun arall sy&apos;n defnyddio&apos;r cyfrifiadur hwn, neu&apos;r cof bach y mae wedi&apos;i gadw arno, ddod o hyd i ffeil a gadwyd a&apos;i hagor.

Cadwch hi ar gof bach USB wedi&apos;i amgryptio yn unig, neu dilëwch hi cyn gynted ag y caiff ei hargraffu.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation>Cadw&apos;r cynllun fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>notes.pdf</source>
        <translation>nodiadau.pdf</translation>
    </message>
    <message>
        <source>Preview and print the safety plan</source>
        <translation>Rhagweld ac argraffu&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Beth i&apos;w argraffu</translation>
    </message>
    <message>
        <source>The person&apos;s copy</source>
        <translation>Copi&apos;r person</translation>
    </message>
    <message>
        <source>Only the items marked for their copy, under a plain title that does not say what it is.</source>
        <translation>Dim ond yr eitemau sydd wedi&apos;u nodi ar gyfer eu copi nhw, o dan deitl plaen nad yw&apos;n dweud beth ydyw.</translation>
    </message>
    <message>
        <source>Pocket card</source>
        <translation>Cerdyn poced</translation>
    </message>
    <message>
        <source>Numbers and code words on a card-sized page, to cut out and fold into a wallet.</source>
        <translation>Rhifau a geiriau cod ar dudalen maint cerdyn, i&apos;w thorri allan a&apos;i phlygu i mewn i waled.</translation>
    </message>
    <message>
        <source>Worker copy</source>
        <translation>Copi&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>The whole plan with the case details, for the case file. Keep it secure and never give it to the person.</source>
        <translation>Y cynllun cyfan gyda manylion yr achos, ar gyfer ffeil yr achos. Cadwch ef yn ddiogel a pheidiwch byth â&apos;i roi i&apos;r person.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The worker copy is always in English.</source>
        <translation>Mae copi&apos;r gweithiwr bob amser yn Saesneg.</translation>
    </message>
    <message>
        <source>Show the person&apos;s name</source>
        <translation>Dangos enw&apos;r person</translation>
    </message>
    <message>
        <source>Leave this off unless they want their name on it: a copy without a name says less if someone else finds it.</source>
        <translation>Gadewch hyn i ffwrdd oni bai eu bod eisiau eu henw arno: mae copi heb enw yn dweud llai os bydd rhywun arall yn dod o hyd iddo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save a copy as a file (you will be asked to take care where it goes)</source>
        <translation>Cadw copi fel ffeil (gofynnir i chi fod yn ofalus ble mae&apos;n mynd)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan the visit</source>
        <translation>Cynllunio&apos;r ymweliad</translation>
    </message>
    <message>
        <source>Choose a case.</source>
        <translation>Dewiswch achos.</translation>
    </message>
    <message>
        <source>The address is not marked safe to visit</source>
        <translation>Nid yw&apos;r cyfeiriad wedi&apos;i nodi&apos;n ddiogel i ymweld ag ef</translation>
    </message>
    <message>
        <source>Say where you will meet.</source>
        <translation>Dywedwch ble byddwch chi&apos;n cyfarfod.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Yn para</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Back in touch by</source>
        <translation>Yn ôl mewn cysylltiad erbyn</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Cynllunio ymweliad</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Achos:</translation>
    </message>
    <message>
        <source>Case to visit</source>
        <translation>Achos i ymweld ag ef</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Cyn i chi fynd</translation>
    </message>
    <message>
        <source>Safety flags of the case</source>
        <translation>Rhybuddion diogelwch yr achos</translation>
    </message>
    <message>
        <source>At their home address</source>
        <translation>Yn eu cyfeiriad cartref</translation>
    </message>
    <message>
        <source>Somewhere neutral:</source>
        <translation>Rhywle niwtral:</translation>
    </message>
    <message>
        <source>Neutral place to meet</source>
        <translation>Lle niwtral i gyfarfod</translation>
    </message>
    <message>
        <source>For example: Hill Library, meeting room 2</source>
        <translation>Er enghraifft: Llyfrgell y Bryn, ystafell gyfarfod 2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Yn dechrau:</translation>
    </message>
    <message>
        <source>Visit starts</source>
        <translation>Yr ymweliad yn dechrau</translation>
    </message>
    <message>
        <source>Lasts (minutes):</source>
        <translation>Yn para (munudau):</translation>
    </message>
    <message>
        <source>Length of the visit in minutes</source>
        <translation>Hyd yr ymweliad mewn munudau</translation>
    </message>
    <message>
        <source>Travel each way (minutes):</source>
        <translation>Teithio bob ffordd (munudau):</translation>
    </message>
    <message>
        <source>Travel each way in minutes</source>
        <translation>Teithio bob ffordd mewn munudau</translation>
    </message>
    <message>
        <source>Back in touch by:</source>
        <translation>Yn ôl mewn cysylltiad erbyn:</translation>
    </message>
    <message>
        <source>If you have not said you are back safe by then, the office rings you.</source>
        <translation>Os nad ydych wedi dweud eich bod yn ôl yn ddiogel erbyn hynny, bydd y swyddfa&apos;n eich ffonio.</translation>
    </message>
</context>
<context>
    <name>PlannedContactsPanel</name>
    <message>
        <source>Planned contacts</source>
        <translation>Cysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Plan a contact…</source>
        <translation>Cynllunio cyswllt…</translation>
    </message>
    <message>
        <source>Add an ad hoc contact or a review to the timetable</source>
        <translation>Ychwanegu cyswllt ad hoc neu adolygiad at yr amserlen</translation>
    </message>
    <message>
        <source>Cancel contact…</source>
        <translation>Canslo&apos;r cyswllt…</translation>
    </message>
    <message>
        <source>Cancel the chosen planned contact, saying why</source>
        <translation>Canslo&apos;r cyswllt wedi&apos;i gynllunio a ddewiswyd, gan ddweud pam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>A contact is done when a call or visit that reached the person is added to the contact log: the log proposes the contact due. An attempt that did not reach them (no answer, someone else answered, not safe to talk) completes nothing. Correcting that log entry can undo it.</source>
        <translation>Mae cyswllt wedi&apos;i wneud pan fydd galwad neu ymweliad a gyrhaeddodd y person yn cael ei ychwanegu at y cofnod cyswllt: mae&apos;r cofnod yn cynnig y cyswllt sy&apos;n ddyledus. Dydy ymgais na chyrhaeddodd nhw (dim ateb, rhywun arall wedi ateb, ddim yn ddiogel i siarad) ddim yn cwblhau dim. Gall cywiro&apos;r cofnod hwnnw ei ddadwneud.</translation>
    </message>
    <message>
        <source>Done {when}, from the contact log</source>
        <translation>Wedi&apos;i wneud {when}, o&apos;r cofnod cyswllt</translation>
    </message>
    <message>
        <source>No longer needed by the programme timetable</source>
        <translation>Dim ei angen mwyach gan amserlen y rhaglen</translation>
    </message>
    <message>
        <source>Planned, overdue</source>
        <translation>Wedi&apos;i gynllunio, yn hwyr</translation>
    </message>
    <message>
        <source>No contacts planned.</source>
        <translation>Dim cysylltiadau wedi&apos;u cynllunio.</translation>
    </message>
    <message>
        <source>{kind}, due {date}</source>
        <translation>{kind}, yn ddyledus {date}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Do not visit or post here</source>
        <translation>Peidiwch ag ymweld na phostio yma</translation>
    </message>
    <message>
        <source>Do not visit here</source>
        <translation>Peidiwch ag ymweld yma</translation>
    </message>
    <message>
        <source>Do not post anything here</source>
        <translation>Peidiwch â phostio dim byd yma</translation>
    </message>
    <message>
        <source>Due for release today</source>
        <translation>I&apos;w ryddhau heddiw</translation>
    </message>
    <message>
        <source>With {worker}</source>
        <translation>Gyda {worker}</translation>
    </message>
    <message>
        <source>Not given to a worker yet</source>
        <translation>Heb ei roi i weithiwr eto</translation>
    </message>
</context>
<context>
    <name>RecordLeaving</name>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>The changes to this record have not been saved. Save them now?</source>
        <translation>Nid yw&apos;r newidiadau i&apos;r cofnod hwn wedi&apos;u cadw. Eu cadw nawr?</translation>
    </message>
    <message>
        <source>Log entry not added</source>
        <translation>Cofnod heb ei ychwanegu</translation>
    </message>
    <message>
        <source>The contact-log entry you were writing has not been added to the log. Add it now?</source>
        <translation>Nid yw&apos;r cofnod roeddech chi&apos;n ei ysgrifennu wedi&apos;i ychwanegu at y cofnod cyswllt. Ei ychwanegu nawr?</translation>
    </message>
    <message>
        <source>Not saved: the safety plan has a problem, shown on its tab.</source>
        <translation>Heb ei gadw: mae problem yn y cynllun diogelwch, wedi&apos;i dangos ar ei dab.</translation>
    </message>
    <message>
        <source>Not saved: the risk assessment has a problem, shown on its tab.</source>
        <translation>Heb ei gadw: mae problem yn yr asesiad risg, wedi&apos;i dangos ar ei dab.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>How to contact safely</source>
        <translation>Sut i gysylltu&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Not saved. {where}: {problem}</source>
        <translation>Heb ei gadw. {where}: {problem}</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Dadwneud y newidiadau</translation>
    </message>
    <message>
        <source>Undo all the changes made since the record was last saved?</source>
        <translation>Dadwneud yr holl newidiadau ers i&apos;r cofnod gael ei gadw ddiwethaf?</translation>
    </message>
    <message>
        <source>The case was not closed: {problem}</source>
        <translation>Ni chafodd yr achos ei gau: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordMoreMenu</name>
    <message>
        <source>Subject access copy…</source>
        <translation>Copi mynediad at ddata…</translation>
    </message>
    <message>
        <source>Give to a worker…</source>
        <translation>Rhoi i weithiwr…</translation>
    </message>
    <message>
        <source>Saved the subject access copy as {name}. Give it to the person safely, then delete it.</source>
        <translation>Cadwyd y copi mynediad at ddata fel {name}. Rhowch ef i&apos;r person yn ddiogel, yna dilëwch ef.</translation>
    </message>
    <message>
        <source>The case was not given: {problem}</source>
        <translation>Ni roddwyd yr achos: {problem}</translation>
    </message>
    <message>
        <source>{name}&apos;s case goes to {worker} with the next bundle you make for them.</source>
        <translation>Bydd achos {name} yn mynd i {worker} gyda&apos;r bwndel nesaf y byddwch yn ei wneud iddyn nhw.</translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message>
        <source>Planned contacts</source>
        <translation>Cysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <source>Information sharing with other agencies, and its actions</source>
        <translation>Rhannu gwybodaeth ag asiantaethau eraill, a&apos;r camau sy&apos;n dilyn</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Cofnod cyswllt</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Asesiad risg</translation>
    </message>
    <message>
        <source>Save the new case first</source>
        <translation>Cadwch yr achos newydd yn gyntaf</translation>
    </message>
    <message>
        <source>How to contact safely</source>
        <translation>Sut i gysylltu&apos;n ddiogel</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>Person causing harm</source>
        <translation>Person sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Received or shared</source>
        <translation>Wedi&apos;i dderbyn neu ei rannu</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Derbyniwyd gan</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Rhannwyd gyda</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>Safeguarding: {reason}</source>
        <translation>Diogelu: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation>Wedi anghofio eich cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Your office can help</source>
        <translation>Gall eich swyddfa helpu</translation>
    </message>
    <message>
        <source>1. Save a request file (for example on a USB stick) and take it to your office. It opens nothing on its own.</source>
        <translation>1. Cadwch ffeil gais (er enghraifft ar gof bach USB) ac ewch â hi i&apos;ch swyddfa. Dydy hi ddim yn agor dim ar ei phen ei hun.</translation>
    </message>
    <message>
        <source>Save the &amp;request file…</source>
        <translation>Cadw&apos;r ffeil &amp;gais…</translation>
    </message>
    <message>
        <source>2. The office gives you an answer file, and reads you a recovery code by phone (never with the file).</source>
        <translation>2. Mae&apos;r swyddfa&apos;n rhoi ffeil ateb i chi, ac yn darllen cod adfer i chi dros y ffôn (byth gyda&apos;r ffeil).</translation>
    </message>
    <message>
        <source>Choose the &amp;answer file…</source>
        <translation>Dewis y ffeil &amp;ateb…</translation>
    </message>
    <message>
        <source>No answer file chosen yet.</source>
        <translation>Dim ffeil ateb wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Cod adfer</translation>
    </message>
    <message>
        <source>3. Choose a new passphrase.</source>
        <translation>3. Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>Set my new passphrase</source>
        <translation>Gosod fy nghyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>{why} Without the passphrase nobody can open this caseload, not even the office: that is what keeps it safe on a lost laptop.</source>
        <translation>{why} Heb y cyfrinymadrodd, does neb yn gallu agor y llwyth achosion hwn, dim hyd yn oed y swyddfa: dyna sy&apos;n ei gadw&apos;n ddiogel ar liniadur sydd wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Nothing in your caseload is lost. Your office can open it again for you in three steps, and you choose a new passphrase at the end.</source>
        <translation>Does dim byd yn eich llwyth achosion wedi&apos;i golli. Gall eich swyddfa ei agor eto i chi mewn tri cham, ac rydych chi&apos;n dewis cyfrinymadrodd newydd ar y diwedd.</translation>
    </message>
    <message>
        <source>Save the request file</source>
        <translation>Cadw&apos;r ffeil gais</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>Ffeiliau cais (*.json)</translation>
    </message>
    <message>
        <source>Saved as {path}. Take it to your office.</source>
        <translation>Wedi&apos;i chadw fel {path}. Ewch â hi i&apos;ch swyddfa.</translation>
    </message>
    <message>
        <source>Choose the answer file from your office</source>
        <translation>Dewiswch y ffeil ateb gan eich swyddfa</translation>
    </message>
    <message>
        <source>Answer files (*.json);;All files (*)</source>
        <translation>Ffeiliau ateb (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Checking the code and setting your new passphrase… this takes a few seconds.</source>
        <translation>Wrthi&apos;n gwirio&apos;r cod ac yn gosod eich cyfrinymadrodd newydd… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>That recovery code does not match. Check it with the office; nothing was changed.</source>
        <translation>Dydy&apos;r cod adfer hwnnw ddim yn cyfateb. Gwiriwch ef gyda&apos;r swyddfa; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>MARAC referral</source>
        <translation>Atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation>MARAC</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused: referring anyway</source>
        <translation>Wedi&apos;i wrthod: atgyfeirio beth bynnag</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Why the referral goes ahead without consent</source>
        <translation>Pam mae&apos;r atgyfeiriad yn mynd yn ei flaen heb ganiatâd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>What the person wants</source>
        <translation>Beth mae&apos;r person ei eisiau</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Heard at the MARAC on</source>
        <translation>Trafodwyd yn y MARAC ar</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Cofnodi&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Save referral PDF…</source>
        <translation>Cadw PDF yr atgyfeiriad…</translation>
    </message>
    <message>
        <source>Not recorded: {p}</source>
        <translation>Heb ei gofnodi: {p}</translation>
    </message>
    <message>
        <source>Save the referral as a PDF</source>
        <translation>Cadw&apos;r atgyfeiriad fel PDF</translation>
    </message>
    <message>
        <source>referral.pdf</source>
        <translation>atgyfeiriad.pdf</translation>
    </message>
    <message>
        <source>Saved as {name}. Send it securely, then delete it.</source>
        <translation>Wedi&apos;i gadw fel {name}. Anfonwch ef yn ddiogel, yna dilëwch ef.</translation>
    </message>
</context>
<context>
    <name>RememberedDialog</name>
    <message>
        <source>The app locked while “{form}” was open, so what you had entered there was not kept. Please enter it again.</source>
        <translation>Cafodd yr ap ei gloi tra oedd “{form}” ar agor, felly ni chafodd yr hyn roeddech chi wedi&apos;i roi yno ei gadw. Rhowch ef i mewn eto, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A safe time to call has started: unlock to see</source>
        <translation>Mae amser diogel i ffonio wedi dechrau: datglowch i weld</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) can be made now</source>
        <translation>
            <numerusform>Gellir gwneud %n galwad nawr</numerusform>
            <numerusform>Gellir gwneud %n galwad nawr</numerusform>
            <numerusform>Gellir gwneud %n galwad nawr</numerusform>
            <numerusform>Gellir gwneud %n galwad nawr</numerusform>
            <numerusform>Gellir gwneud %n galwad nawr</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety Worker</source>
        <translation>Safety Worker</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Chart of the report</source>
        <translation>Siart yr adroddiad</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Mae&apos;r cyfnod yn dechrau ar ôl iddo orffen.</translation>
    </message>
    <message>
        <source>your own caseload</source>
        <translation>eich llwyth achosion eich hun</translation>
    </message>
    <message>
        <source>{start} to {end}, {who}. Overdue counts are as at {as_at}.</source>
        <translation>{start} i {end}, {who}. Mae&apos;r niferoedd hwyr fel yr oeddent ar {as_at}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Cadw&apos;r ffigurau fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved in {file}: counts under 5 written as &lt;5.</source>
        <translation>Wedi&apos;u cadw yn {file}: niferoedd o dan 5 wedi&apos;u hysgrifennu fel &lt;5.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Diwrnod olaf y cyfnod</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Y chwarter diwethaf</translation>
    </message>
    <message>
        <source>The last whole calendar quarter (what funders usually ask for)</source>
        <translation>Y chwarter calendr cyfan diwethaf (yr hyn y mae cyllidwyr yn ei ofyn fel arfer)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>All workers&apos; cases, or the cases given to one worker</source>
        <translation>Achosion pob gweithiwr, neu&apos;r achosion a roddwyd i un gweithiwr</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Siart</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Cadw fel CSV…</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Cadw fel CSV</translation>
    </message>
    <message>
        <source>The figures for a funder: counts under 5 are written as &quot;&lt;5&quot;, and no names</source>
        <translation>Y ffigurau i gyllidwr: niferoedd o dan 5 wedi&apos;u hysgrifennu fel &quot;&lt;5&quot;, a dim enwau</translation>
    </message>
</context>
<context>
    <name>RiskHistory</name>
    <message>
        <source>Show the history of the risk assessments</source>
        <translation>Dangos hanes yr asesiadau risg</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Read the earlier assessment</source>
        <translation>Darllen yr asesiad cynharach</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Asesiadau cynharach</translation>
    </message>
    <message>
        <source>The chart shows the score of each assessment; a green point: the level was raised by judgement.</source>
        <translation>Mae&apos;r siart yn dangos sgôr pob asesiad; pwynt gwyrdd: cafodd y lefel ei chodi gan farn broffesiynol.</translation>
    </message>
    <message>
        <source>History: no assessment yet</source>
        <translation>Hanes: dim asesiad eto</translation>
    </message>
    <message>
        <source>{n}. {day}: score {score}, {level}</source>
        <translation>{n}. {day}: sgôr {score}, {level}</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>Dim asesiad eto</translation>
    </message>
    <message numerus="yes">
        <source>History: %n assessment(s) · the latest {day}: score {score}, {level}</source>
        <translation>
            <numerusform>Hanes: %n asesiad · yr olaf {day}: sgôr {score}, {level}</numerusform>
            <numerusform>Hanes: %n asesiad · yr olaf {day}: sgôr {score}, {level}</numerusform>
            <numerusform>Hanes: %n asesiad · yr olaf {day}: sgôr {score}, {level}</numerusform>
            <numerusform>Hanes: %n asesiad · yr olaf {day}: sgôr {score}, {level}</numerusform>
            <numerusform>Hanes: %n asesiad · yr olaf {day}: sgôr {score}, {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level raised by judgement</source>
        <translation>Lefel wedi&apos;i chodi gan farn broffesiynol</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Seen alone and safely</source>
        <translation>Wedi&apos;u gweld ar eu pen eu hunain ac yn ddiogel</translation>
    </message>
    <message>
        <source>Always ask apart from the person causing harm</source>
        <translation>Gofynnwch bob amser ar wahân i&apos;r person sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>Answer with 1 yes · 2 no · 3 don&apos;t know · 0 not asked</source>
        <translation>Atebwch gydag 1 ie · 2 na · 3 ddim yn gwybod · 0 heb ofyn</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Risk checklist questions</source>
        <translation>Cwestiynau&apos;r rhestr wirio risg</translation>
    </message>
    <message>
        <source>A note on the chosen question</source>
        <translation>Nodyn ar y cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Note on the chosen question</source>
        <translation>Nodyn ar y cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Your professional judgement may raise the level, never lower it</source>
        <translation>Gall eich barn broffesiynol godi&apos;r lefel, byth ei gostwng</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Why (always needed with a judgement)</source>
        <translation>Pam (mae angen hyn bob amser gyda barn broffesiynol)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Since the last assessment</source>
        <translation>Ers yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>After a new incident</source>
        <translation>Ar ôl digwyddiad newydd</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>MARAC referral…</source>
        <translation>Atgyfeiriad MARAC…</translation>
    </message>
    <message>
        <source>The risk assessments could not be shown: {p}</source>
        <translation>Nid oedd modd dangos yr asesiadau risg: {p}</translation>
    </message>
    <message>
        <source>Something changed: review the risk assessment? ({why})</source>
        <translation>Mae rhywbeth wedi newid: adolygu&apos;r asesiad risg? ({why})</translation>
    </message>
    <message>
        <source>A checklist file cannot be used, so no assessment can be saved until it is put right: {p}</source>
        <translation>Ni ellir defnyddio ffeil rhestr wirio, felly ni ellir cadw asesiad nes iddi gael ei chywiro: {p}</translation>
    </message>
    <message>
        <source>This case is closed: its assessments can be read, not added to.</source>
        <translation>Mae&apos;r achos hwn ar gau: gellir darllen ei asesiadau, ond nid ychwanegu atynt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Score {score} of {most} · Level: {level}</source>
        <translation>Sgôr {score} o {most} · Lefel: {level}</translation>
    </message>
    <message>
        <source>This level calls for a MARAC referral.</source>
        <translation>Mae&apos;r lefel hon yn galw am atgyfeiriad MARAC.</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Heb ei gadw. {field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>Saved. The level is {level}: this calls for a MARAC referral.</source>
        <translation>Wedi&apos;i gadw. Y lefel yw {level}: mae hyn yn galw am atgyfeiriad MARAC.</translation>
    </message>
    <message>
        <source>Saved. Score {score}, level {level}.</source>
        <translation>Wedi&apos;i gadw. Sgôr {score}, lefel {level}.</translation>
    </message>
    <message>
        <source>Risk assessment {n}</source>
        <translation>Asesiad risg {n}</translation>
    </message>
</context>
<context>
    <name>SafeWindowDialog</name>
    <message>
        <source>Choose at least one day.</source>
        <translation>Dewiswch o leiaf un diwrnod.</translation>
    </message>
    <message>
        <source>The start and the end must be different times. A safe time needs a clear beginning and end.</source>
        <translation>Rhaid i&apos;r dechrau a&apos;r diwedd fod yn amseroedd gwahanol. Mae angen dechrau a diwedd clir ar amser diogel.</translation>
    </message>
    <message>
        <source>Safe time each week</source>
        <translation>Amser diogel bob wythnos</translation>
    </message>
    <message>
        <source>Choose the days and the time of day when it is safe to get in touch.</source>
        <translation>Dewiswch y dyddiau a&apos;r adeg o&apos;r dydd pan mae&apos;n ddiogel cysylltu.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dyddiau</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Dyddiau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Bob dydd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Adeg o&apos;r dydd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>runs past midnight, into the next morning</source>
        <translation>yn mynd heibio hanner nos, i mewn i&apos;r bore wedyn</translation>
    </message>
    <message>
        <source>For a safe time that runs past midnight, make the end earlier than the start (for example 23:00 to 01:00).</source>
        <translation>Ar gyfer amser diogel sy&apos;n mynd heibio hanner nos, gwnewch y diwedd yn gynharach na&apos;r dechrau (er enghraifft 23:00 i 01:00).</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Situation</source>
        <translation>Sefyllfa</translation>
    </message>
    <message>
        <source>The situation the plan is for: it decides which sections are suggested and what to talk about in each</source>
        <translation>Y sefyllfa mae&apos;r cynllun ar ei chyfer: mae&apos;n penderfynu pa adrannau sy&apos;n cael eu hawgrymu a beth i siarad amdano ym mhob un</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>When to look at the plan again together: it is added to the planned contacts</source>
        <translation>Pryd i edrych ar y cynllun eto gyda&apos;ch gilydd: mae&apos;n cael ei ychwanegu at y cysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Remove the review date</source>
        <translation>Tynnu&apos;r dyddiad adolygu</translation>
    </message>
    <message>
        <source>This case is closed: the plan can be read and printed, but not changed.</source>
        <translation>Mae&apos;r achos hwn ar gau: gellir darllen ac argraffu&apos;r cynllun, ond nid ei newid.</translation>
    </message>
    <message>
        <source>Plan items by section</source>
        <translation>Eitemau&apos;r cynllun fesul adran</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Person&apos;s copy</source>
        <translation>Copi&apos;r person</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <source>Add an item to the chosen section</source>
        <translation>Ychwanegu eitem at yr adran a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>What is agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
    <message>
        <source>What they mean (worker copy only)</source>
        <translation>Beth maen nhw&apos;n ei olygu (copi&apos;r gweithiwr yn unig)</translation>
    </message>
    <message>
        <source>On the person&apos;s copy</source>
        <translation>Ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Move the item to another section</source>
        <translation>Symud yr eitem i adran arall</translation>
    </message>
    <message>
        <source>Things to talk about</source>
        <translation>Pethau i siarad amdanynt</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Hen fersiynau…</translation>
    </message>
    <message>
        <source>Read the versions saved before (they cannot be changed)</source>
        <translation>Darllen y fersiynau a gadwyd o&apos;r blaen (ni ellir eu newid)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Rhagweld ac argraffu…</translation>
    </message>
    <message>
        <source>Helplines: the usual ones</source>
        <translation>Llinellau cymorth: y rhai arferol</translation>
    </message>
    <message>
        <source>Helplines on the person&apos;s copy</source>
        <translation>Llinellau cymorth ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>The helplines printed on the person&apos;s copy: choose ones that fit them (for example the men&apos;s advice line or an LGBT+ line); 999 is always printed</source>
        <translation>Y llinellau cymorth a argraffir ar gopi&apos;r person: dewiswch rai sy&apos;n addas iddyn nhw (er enghraifft llinell gyngor i ddynion neu linell LHDT+); mae 999 yn cael ei argraffu bob tro</translation>
    </message>
    <message>
        <source>Show to the person…</source>
        <translation>Dangos i&apos;r person…</translation>
    </message>
    <message>
        <source>Their own copy, full screen and nothing else, to read and change together; finishing locks the app</source>
        <translation>Eu copi eu hunain, ar y sgrin gyfan a dim byd arall, i&apos;w ddarllen a&apos;i newid gyda&apos;ch gilydd; mae gorffen yn cloi&apos;r ap</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <source>Save the plan as a new version (the earlier versions are kept)</source>
        <translation>Cadw&apos;r cynllun fel fersiwn newydd (mae&apos;r fersiynau cynharach yn cael eu cadw)</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPanel</name>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Helplines on the person&apos;s copy</source>
        <translation>Llinellau cymorth ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation>Yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>The plan could not be shown: {problem}</source>
        <translation>Nid oedd modd dangos y cynllun: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>Nothing has changed since the last version, so no new version was saved.</source>
        <translation>Does dim wedi newid ers y fersiwn ddiwethaf, felly ni chadwyd fersiwn newydd.</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>Wedi&apos;i gadw fel fersiwn {n}.</translation>
    </message>
    <message>
        <source>Not saved: the chosen item {problem}.</source>
        <translation>Heb ei gadw: mae&apos;r eitem a ddewiswyd {problem}.</translation>
    </message>
    <message>
        <source>Not saved: the review date {problem}.</source>
        <translation>Heb ei gadw: mae&apos;r dyddiad adolygu {problem}.</translation>
    </message>
    <message>
        <source>Save the plan first</source>
        <translation>Cadwch y cynllun yn gyntaf</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Heb ei gadw eto.</translation>
    </message>
    <message>
        <source>No plan saved yet.</source>
        <translation>Dim cynllun wedi&apos;i gadw eto.</translation>
    </message>
    <message>
        <source>{version} · changes not saved yet</source>
        <translation>{version} · newidiadau heb eu cadw eto</translation>
    </message>
    <message>
        <source>Use the usual helplines</source>
        <translation>Defnyddio&apos;r llinellau cymorth arferol</translation>
    </message>
    <message numerus="yes">
        <source>Helplines: %n chosen</source>
        <translation>
            <numerusform>Llinellau cymorth: %n wedi&apos;u dewis</numerusform>
            <numerusform>Llinellau cymorth: %n wedi&apos;u dewis</numerusform>
            <numerusform>Llinellau cymorth: %n wedi&apos;u dewis</numerusform>
            <numerusform>Llinellau cymorth: %n wedi&apos;u dewis</numerusform>
            <numerusform>Llinellau cymorth: %n wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message>
        <source>Helplines: the usual ones</source>
        <translation>Llinellau cymorth: y rhai arferol</translation>
    </message>
    <message>
        <source>The app is locked.</source>
        <translation>Mae&apos;r ap wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>Save the changes first?</source>
        <translation>Cadw&apos;r newidiadau yn gyntaf?</translation>
    </message>
    <message>
        <source>Printing uses the saved plan. Save the changes as a new version first?</source>
        <translation>Mae argraffu&apos;n defnyddio&apos;r cynllun a gadwyd. Cadw&apos;r newidiadau fel fersiwn newydd yn gyntaf?</translation>
    </message>
    <message>
        <source>Print the saved version</source>
        <translation>Argraffu&apos;r fersiwn a gadwyd</translation>
    </message>
    <message>
        <source>An earlier version: {version}</source>
        <translation>Fersiwn gynharach: {version}</translation>
    </message>
    <message>
        <source>The saved plan: {version}</source>
        <translation>Y cynllun a gadwyd: {version}</translation>
    </message>
    <message>
        <source>That version could not be shown: {problem}</source>
        <translation>Nid oedd modd dangos y fersiwn honno: {problem}</translation>
    </message>
    <message>
        <source>The earlier versions could not be shown: {problem}</source>
        <translation>Nid oedd modd dangos y fersiynau cynharach: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The app will use this language the next time it opens.</source>
        <translation>Bydd yr ap yn defnyddio&apos;r iaith hon y tro nesaf y bydd yn agor.</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Back up to</source>
        <translation>Copi wrth &amp;gefn i</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Dim ffolder wedi&apos;i dewis</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Dewis y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Back up &amp;automatically</source>
        <translation>Copi wrth gefn yn &amp;awtomatig</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Copi wrth gefn yn awtomatig</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups</source>
        <translation>&amp;Cadw hyn o gopïau wrth gefn</translation>
    </message>
    <message>
        <source>Keep this many backups</source>
        <translation>Cadw hyn o gopïau wrth gefn</translation>
    </message>
    <message>
        <source>Backups are encrypted: each opens with the passphrase of the day it was made. Only this app&apos;s own backups are ever removed from the folder.</source>
        <translation>Mae copïau wrth gefn wedi&apos;u hamgryptio: mae pob un yn agor gyda chyfrinymadrodd y diwrnod y cafodd ei wneud. Dim ond copïau wrth gefn yr ap hwn ei hun sydd byth yn cael eu tynnu o&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings</source>
        <translation>Gosodiadau&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Bank holidays &amp;of</source>
        <translation>Gwyliau banc &amp;pa wlad</translation>
    </message>
    <message>
        <source>Bank holidays of</source>
        <translation>Gwyliau banc pa wlad</translation>
    </message>
    <message>
        <source>Tell the person &amp;within (working days)</source>
        <translation>Dweud wrth yr unigolyn &amp;o fewn (diwrnodau gwaith)</translation>
    </message>
    <message>
        <source>Tell the person within this many working days</source>
        <translation>Dweud wrth yr unigolyn o fewn hyn o ddiwrnodau gwaith</translation>
    </message>
    <message>
        <source>Sessions have &amp;stopped after (weeks without one)</source>
        <translation>Mae&apos;r sesiynau wedi &amp;dod i ben ar ôl (wythnosau heb un)</translation>
    </message>
    <message>
        <source>Weeks without a session before the sessions have stopped</source>
        <translation>Wythnosau heb sesiwn cyn bod y sesiynau wedi dod i ben</translation>
    </message>
    <message>
        <source>&amp;Erase closed cases after (years)</source>
        <translation>&amp;Dileu achosion caeedig ar ôl (blynyddoedd)</translation>
    </message>
    <message>
        <source>Erase closed cases after this many years</source>
        <translation>Dileu achosion caeedig ar ôl hyn o flynyddoedd</translation>
    </message>
    <message>
        <source>Settings are about how the app looks and behaves on this laptop. No case details are kept in them.</source>
        <translation>Mae&apos;r gosodiadau yn ymwneud â sut mae&apos;r ap yn edrych ac yn ymddwyn ar y gliniadur hwn. Does dim manylion achos yn cael eu cadw ynddynt.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Bob dydd</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>These are the same for every worker. Each laptop takes them from its next bundle.</source>
        <translation>Mae&apos;r rhain yr un fath i bob gweithiwr. Mae pob gliniadur yn eu cael o&apos;i fwndel nesaf.</translation>
    </message>
    <message>
        <source>Set by your office for every worker: this laptop takes them from the office&apos;s bundles.</source>
        <translation>Wedi&apos;u gosod gan eich swyddfa i bob gweithiwr: mae&apos;r gliniadur hwn yn eu cael o fwndeli&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>Settings are about how the app looks and behaves on this computer, and the organisation&apos;s settings every worker&apos;s laptop takes from the office. No case details are kept in them.</source>
        <translation>Mae&apos;r gosodiadau yn ymwneud â sut mae&apos;r ap yn edrych ac yn ymddwyn ar y cyfrifiadur hwn, a gosodiadau&apos;r sefydliad y mae gliniadur pob gweithiwr yn eu cael gan y swyddfa. Does dim manylion achos yn cael eu cadw ynddynt.</translation>
    </message>
    <message>
        <source>Settings are about how the app looks and behaves on this laptop; the organisation&apos;s settings are set by your office. No case details are kept in them.</source>
        <translation>Mae&apos;r gosodiadau yn ymwneud â sut mae&apos;r ap yn edrych ac yn ymddwyn ar y gliniadur hwn; eich swyddfa sy&apos;n pennu gosodiadau&apos;r sefydliad. Does dim manylion achos yn cael eu cadw ynddynt.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Ble dylai&apos;r copïau wrth gefn fynd?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Choose a folder too: automatic backups need somewhere to go.</source>
        <translation>Dewiswch ffolder hefyd: mae angen rhywle i gopïau wrth gefn awtomatig fynd.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Received from</source>
        <translation>Derbyniwyd gan</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Rhannwyd gyda</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>Gyda chydsyniad yr unigolyn</translation>
    </message>
    <message>
        <source>Safeguarding, without consent</source>
        <translation>Diogelu, heb gydsyniad</translation>
    </message>
    <message>
        <source>You (the safety worker)</source>
        <translation>Chi (y gweithiwr diogelwch)</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(neb wedi&apos;i enwi)</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Ei gofnodi</translation>
    </message>
    <message>
        <source>Record information sharing</source>
        <translation>Cofnodi rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Received or shared</source>
        <translation>Wedi&apos;i dderbyn neu ei rannu</translation>
    </message>
    <message>
        <source>&amp;Agency contact</source>
        <translation>&amp;Cyswllt asiantaeth</translation>
    </message>
    <message>
        <source>Agency contact</source>
        <translation>Cyswllt asiantaeth</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What was &amp;shared</source>
        <translation>Beth a &amp;rannwyd</translation>
    </message>
    <message>
        <source>A short summary, for example: a new address and the release date</source>
        <translation>Crynodeb byr, er enghraifft: cyfeiriad newydd a&apos;r dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Beth a rannwyd</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Sail</translation>
    </message>
    <message>
        <source>Basis for sharing</source>
        <translation>Sail dros rannu</translation>
    </message>
    <message>
        <source>&amp;Why, without consent</source>
        <translation>Pa&amp;m, heb gydsyniad</translation>
    </message>
    <message>
        <source>The safeguarding reason for sharing without the person&apos;s consent</source>
        <translation>Y rheswm diogelu dros rannu heb gydsyniad yr unigolyn</translation>
    </message>
    <message>
        <source>Why it was shared without consent</source>
        <translation>Pam y&apos;i rhannwyd heb gydsyniad</translation>
    </message>
    <message>
        <source>Someone must pass this on</source>
        <translation>Rhaid i rywun drosglwyddo hyn</translation>
    </message>
    <message>
        <source>What &amp;to do</source>
        <translation>Beth i&apos;w &amp;wneud</translation>
    </message>
    <message>
        <source>For example: tell the police unit about the new address</source>
        <translation>Er enghraifft: dweud wrth uned yr heddlu am y cyfeiriad newydd</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>Pwy s&amp;y&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>T&amp;o whom</source>
        <translation>&amp;I bwy</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>D&amp;ue within</source>
        <translation>O &amp;fewn</translation>
    </message>
    <message>
        <source>Due within working days</source>
        <translation>I&apos;w wneud o fewn diwrnodau gwaith</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Agency contacts…</source>
        <translation>Cysylltiadau asiantaeth…</translation>
    </message>
    <message>
        <source>Choose the people at other agencies who work on this case</source>
        <translation>Dewiswch y bobl mewn asiantaethau eraill sy&apos;n gweithio ar yr achos hwn</translation>
    </message>
    <message>
        <source>Information received and shared</source>
        <translation>Gwybodaeth a dderbyniwyd ac a rannwyd</translation>
    </message>
    <message>
        <source>Actions: who passes what on, to whom, by when</source>
        <translation>Camau: pwy sy&apos;n trosglwyddo beth, i bwy, erbyn pryd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Record sharing…</source>
        <translation>Cofnodi rhannu…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Marcio wedi&apos;i wneud…</translation>
    </message>
    <message>
        <source>Agency contacts involved: {names}</source>
        <translation>Cysylltiadau asiantaeth sy&apos;n rhan o&apos;r achos: {names}</translation>
    </message>
    <message>
        <source>No agency contacts linked to this case yet.</source>
        <translation>Dim cysylltiadau asiantaeth wedi&apos;u cysylltu â&apos;r achos hwn eto.</translation>
    </message>
    <message>
        <source>There are no agency contacts yet: the office adds them, and they arrive with its next bundle.</source>
        <translation>Nid oes cysylltiadau asiantaeth eto: mae&apos;r swyddfa&apos;n eu hychwanegu, ac maen nhw&apos;n cyrraedd gyda&apos;i bwndel nesaf.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Hide the screen at once, from any window or dialog: a blank page, and the app locks</source>
        <translation>Cuddio&apos;r sgrin ar unwaith, o unrhyw ffenestr neu ddeialog: tudalen wag, ac mae&apos;r ap yn cloi</translation>
    </message>
    <message>
        <source>On the blank page: back to the passphrase screen</source>
        <translation>Ar y dudalen wag: yn ôl i sgrin y cyfrinair</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Cloi nawr</translation>
    </message>
    <message>
        <source>Today: who can be called now, what is overdue</source>
        <translation>Heddiw: pwy y gellir eu ffonio nawr, beth sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Chwilio am achos</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Cadw&apos;r achos</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Y rhestr hon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Bysellau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>PDF, for the person to read</source>
        <translation>PDF, i&apos;r person ei ddarllen</translation>
    </message>
    <message>
        <source>JSON, for another system</source>
        <translation>JSON, ar gyfer system arall</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Why other people&apos;s details are included</source>
        <translation>Pam mae manylion pobl eraill wedi&apos;u cynnwys</translation>
    </message>
    <message>
        <source>For example: court order of 3 March</source>
        <translation>Er enghraifft: gorchymyn llys 3 Mawrth</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Cadw…</translation>
    </message>
    <message>
        <source>Save the subject access copy</source>
        <translation>Cadw&apos;r copi mynediad at ddata</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved: {p}</source>
        <translation>Heb ei gadw: {p}</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Yn gwneud y copi…</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Subject access copy</source>
        <translation>Copi mynediad at ddata</translation>
    </message>
    <message>
        <source>Before you save: this file holds everything about this person</source>
        <translation>Cyn i chi gadw: mae&apos;r ffeil hon yn dal popeth am y person hwn</translation>
    </message>
    <message>
        <source>Their address, phone numbers and code words, every safety plan, the contact log, notes, risk assessments and referrals, and who opened or changed the record. Anyone who finds the file can read it. Save it only somewhere private (not a shared folder or a stick that others use), give it to the person safely, then delete your copy.</source>
        <translation>Eu cyfeiriad, eu rhifau ffôn a&apos;u geiriau cod, pob cynllun diogelwch, y cofnod cyswllt, nodiadau, asesiadau risg ac atgyfeiriadau, a phwy agorodd neu newidiodd y cofnod. Gall unrhyw un sy&apos;n dod o hyd i&apos;r ffeil ei darllen. Cadwch hi mewn lle preifat yn unig (nid ffolder a rennir na cof bach y mae eraill yn ei ddefnyddio), rhowch hi i&apos;r person yn ddiogel, yna dilëwch eich copi chi.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Fformat</translation>
    </message>
    <message>
        <source>&amp;Include other people&apos;s details (the person causing harm, the children, who else may answer)</source>
        <translation>&amp;Cynnwys manylion pobl eraill (y person sy&apos;n achosi niwed, y plant, pwy arall a allai ateb)</translation>
    </message>
    <message>
        <source>Left out, they are marked &quot;[withheld: third party]&quot;. Include them only when you have a reason you can record, such as a court order.</source>
        <translation>Os cânt eu gadael allan, cânt eu marcio &quot;[withheld: third party]&quot;. Cynhwyswch nhw dim ond pan fo gennych reswm y gallwch ei gofnodi, fel gorchymyn llys.</translation>
    </message>
    <message>
        <source>&amp;Why are they included? (kept as a note on the case)</source>
        <translation>&amp;Pam maen nhw wedi&apos;u cynnwys? (caiff ei gadw fel nodyn ar yr achos)</translation>
    </message>
</context>
<context>
    <name>SupportEntryDialog</name>
    <message>
        <source>Choose at least one kind of support.</source>
        <translation>Dewiswch o leiaf un math o gymorth.</translation>
    </message>
    <message>
        <source>Say how many minutes it took.</source>
        <translation>Dywedwch sawl munud a gymerodd.</translation>
    </message>
    <message>
        <source>The time is in the future. Record work once it is done.</source>
        <translation>Mae&apos;r amser yn y dyfodol. Cofnodwch waith unwaith y mae wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>Record support given without the person</source>
        <translation>Cofnodi cymorth a roddwyd heb y person</translation>
    </message>
    <message>
        <source>Work done for the person without them there: a call to housing, a letter, a referral.</source>
        <translation>Gwaith a wnaed dros y person heb iddyn nhw fod yno: galwad i&apos;r adran dai, llythyr, atgyfeiriad.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Amser a dreuliwyd</translation>
    </message>
    <message>
        <source>Minutes spent for the person</source>
        <translation>Munudau a dreuliwyd dros y person</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Minutes spent travelling</source>
        <translation>Munudau yn teithio</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Cymorth a roddwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>What was done (for example: rang the council&apos;s housing team)</source>
        <translation>Beth a wnaed (er enghraifft: ffonio tîm tai&apos;r cyngor)</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Where should the bundle for the office go? (for example the USB stick)</source>
        <translation>Ble ddylai&apos;r bwndel i&apos;r swyddfa fynd? (er enghraifft y cof bach USB)</translation>
    </message>
    <message>
        <source>Making the bundle for the office…</source>
        <translation>Wrthi&apos;n gwneud y bwndel i&apos;r swyddfa…</translation>
    </message>
    <message>
        <source>Where should the bundle for {name} go?</source>
        <translation>Ble ddylai&apos;r bwndel i {name} fynd?</translation>
    </message>
    <message>
        <source>Making the bundle for {name}…</source>
        <translation>Wrthi&apos;n gwneud y bwndel i {name}…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Sync bundles (*.age);;All files (*)</source>
        <translation>Bwndeli cysoni (*.age);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Wrthi&apos;n mewnforio&apos;r bwndel…</translation>
    </message>
    <message>
        <source>{name}&apos;s bundle is still waiting: nothing from it was applied. Import it again when you can confirm the words.</source>
        <translation>Mae bwndel {name} yn dal i aros: ni ddefnyddiwyd dim ohono. Mewnforiwch ef eto pan allwch gadarnhau&apos;r geiriau.</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Heb ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>The laptop was not withdrawn: {problem}</source>
        <translation>Ni thynnwyd y gliniadur yn ôl: {problem}</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop is withdrawn: its bundles will be refused. Give {name}&apos;s cases to another worker from each case&apos;s More menu.</source>
        <translation>Mae gliniadur {name} wedi&apos;i dynnu&apos;n ôl: bydd ei fwndeli&apos;n cael eu gwrthod. Rhowch achosion {name} i weithiwr arall o ddewislen Mwy pob achos.</translation>
    </message>
    <message>
        <source>Laptop withdrawn</source>
        <translation>Gliniadur wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Sync (busy)</source>
        <translation>Cysoni (yn brysur)</translation>
    </message>
    <message>
        <source>Sync (not set up)</source>
        <translation>Cysoni (heb ei baratoi)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Bwndel wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Bundle imported: the laptop&apos;s audit trail was changed</source>
        <translation>Mewnforiwyd y bwndel: cafodd trywydd archwilio&apos;r gliniadur ei newid</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bwndel wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>The bundle could not be saved in {folder}: {reason}.</source>
        <translation>Nid oedd modd cadw&apos;r bwndel yn {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong while making the bundle. Nothing was saved.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth wneud y bwndel. Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Something went wrong while importing the bundle. Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth fewnforio&apos;r bwndel. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Bundle not saved</source>
        <translation>Bwndel heb ei gadw</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Bwndel heb ei fewnforio</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Bwndel wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>no new changes</source>
        <translation>dim newidiadau newydd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n newid wedi&apos;u defnyddio</numerusform>
            <numerusform>%n newid wedi&apos;i ddefnyddio</numerusform>
            <numerusform>%n newid wedi&apos;u defnyddio</numerusform>
            <numerusform>%n newid wedi&apos;u defnyddio</numerusform>
            <numerusform>%n newid wedi&apos;u defnyddio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>%n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>%n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>%n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>%n gwrthdaro i edrych arnynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to erased records left out</source>
        <translation>
            <numerusform>%n newid i gofnodion a ddilëwyd wedi&apos;u gadael allan</numerusform>
            <numerusform>%n newid i gofnod a ddilëwyd wedi&apos;i adael allan</numerusform>
            <numerusform>%n newid i gofnodion a ddilëwyd wedi&apos;u gadael allan</numerusform>
            <numerusform>%n newid i gofnodion a ddilëwyd wedi&apos;u gadael allan</numerusform>
            <numerusform>%n newid i gofnodion a ddilëwyd wedi&apos;u gadael allan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) the office now holds taken off this laptop</source>
        <translation>
            <numerusform>%n achos sydd gan y swyddfa nawr wedi&apos;u tynnu oddi ar y gliniadur hwn</numerusform>
            <numerusform>%n achos sydd gan y swyddfa nawr wedi&apos;i dynnu oddi ar y gliniadur hwn</numerusform>
            <numerusform>%n achos sydd gan y swyddfa nawr wedi&apos;u tynnu oddi ar y gliniadur hwn</numerusform>
            <numerusform>%n achos sydd gan y swyddfa nawr wedi&apos;u tynnu oddi ar y gliniadur hwn</numerusform>
            <numerusform>%n achos sydd gan y swyddfa nawr wedi&apos;u tynnu oddi ar y gliniadur hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the bundle from {sender}&apos;s laptop shows a problem with its audit trail. {problem} The changes were imported, and what the office saw before is kept. Look at the Audit trail, and ask the worker and whoever looks after their laptop what happened.</source>
        <translation>Rhybudd: mae&apos;r bwndel o liniadur {sender} yn dangos problem gyda&apos;i drywydd archwilio. {problem} Cafodd y newidiadau eu mewnforio, ac mae&apos;r hyn a welodd y swyddfa o&apos;r blaen yn cael ei gadw. Edrychwch ar y Trywydd archwilio, a gofynnwch i&apos;r gweithiwr ac i bwy bynnag sy&apos;n gofalu am eu gliniadur beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}: a notice telling {name}&apos;s laptop its enrolment may have been copied and to call the office. It holds no case data.</source>
        <translation>Cadwyd {file} yn {folder}: hysbysiad yn dweud wrth liniadur {name} y gallai ei gofrestriad fod wedi&apos;i gopïo, ac i ffonio&apos;r swyddfa. Does dim data achos ynddo.</translation>
    </message>
    <message>
        <source>Open actions across workers…</source>
        <translation>Camau agored pob gweithiwr…</translation>
    </message>
    <message>
        <source>Agencies…</source>
        <translation>Asiantaethau…</translation>
    </message>
    <message>
        <source>Enrol a worker…</source>
        <translation>Cofrestru gweithiwr…</translation>
    </message>
    <message>
        <source>Withdraw a laptop…</source>
        <translation>Tynnu gliniadur yn ôl…</translation>
    </message>
    <message>
        <source>Help a worker who forgot their passphrase…</source>
        <translation>Helpu gweithiwr sydd wedi anghofio eu cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Saved {file} in {folder} for the office ({changes}): take it to the office.</source>
        <translation>Cadwyd {file} yn {folder} ar gyfer y swyddfa ({changes}): ewch ag ef i&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>Saved {file} in {folder} for {name} ({changes}).</source>
        <translation>Cadwyd {file} yn {folder} ar gyfer {name} ({changes}).</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} was already imported on {when}, so nothing changed.</source>
        <translation>Roedd bwndel {seq} gan {sender} eisoes wedi&apos;i fewnforio ar {when}, felly ni newidiodd dim.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>dim byd newydd</translation>
    </message>
    <message>
        <source>bundles {list} from {sender} have not arrived yet</source>
        <translation>dydy bwndeli {list} gan {sender} ddim wedi cyrraedd eto</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} imported: {what}.</source>
        <translation>Bwndel {seq} gan {sender} wedi&apos;i fewnforio: {what}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Office sync not set up</source>
        <translation>Cysoni gyda&apos;r swyddfa heb ei baratoi</translation>
    </message>
    <message>
        <source>This caseload was not set up from an office enrolment file, so it stays on this laptop.</source>
        <translation>Ni chafodd y llwyth achosion hwn ei baratoi o ffeil gofrestru&apos;r swyddfa, felly mae&apos;n aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Enrolment refused: call the office</source>
        <translation>Cofrestriad wedi&apos;i wrthod: ffoniwch y swyddfa</translation>
    </message>
    <message>
        <source>the office has everything</source>
        <translation>mae gan y swyddfa bopeth</translation>
    </message>
    <message>
        <source>This laptop&apos;s words (the office confirms them): {words}</source>
        <translation>Geiriau&apos;r gliniadur hwn (mae&apos;r swyddfa&apos;n eu cadarnhau): {words}</translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation>Swyddfa: {name}</translation>
    </message>
    <message>
        <source>Bundles made for the office: {n}</source>
        <translation>Bwndeli a wnaed i&apos;r swyddfa: {n}</translation>
    </message>
    <message>
        <source>Bundles from the office that have not arrived: {list}</source>
        <translation>Bwndeli gan y swyddfa sydd heb gyrraedd: {list}</translation>
    </message>
    <message>
        <source>This laptop&apos;s words: {words}</source>
        <translation>Geiriau&apos;r gliniadur hwn: {words}</translation>
    </message>
    <message>
        <source>Never sent to the office</source>
        <translation>Heb ei anfon i&apos;r swyddfa erioed</translation>
    </message>
    <message>
        <source>Sent to the office today</source>
        <translation>Wedi&apos;i anfon i&apos;r swyddfa heddiw</translation>
    </message>
    <message>
        <source>Sent to the office yesterday</source>
        <translation>Wedi&apos;i anfon i&apos;r swyddfa ddoe</translation>
    </message>
    <message numerus="yes">
        <source>Not sent for %n day(s)</source>
        <translation>
            <numerusform>Heb ei anfon ers %n diwrnod</numerusform>
            <numerusform>Heb ei anfon ers %n diwrnod</numerusform>
            <numerusform>Heb ei anfon ers %n diwrnod</numerusform>
            <numerusform>Heb ei anfon ers %n diwrnod</numerusform>
            <numerusform>Heb ei anfon ers %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Office {name} · %n conflict(s) to look at</source>
        <translation>
            <numerusform>Swyddfa {name} · %n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>Swyddfa {name} · %n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>Swyddfa {name} · %n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>Swyddfa {name} · %n gwrthdaro i edrych arnynt</numerusform>
            <numerusform>Swyddfa {name} · %n gwrthdaro i edrych arnynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s): an enrolment used by two laptops</source>
        <translation>
            <numerusform>%n rhybudd: cofrestriadau wedi&apos;u defnyddio gan ddau liniadur</numerusform>
            <numerusform>%n rhybudd: cofrestriad wedi&apos;i ddefnyddio gan ddau liniadur</numerusform>
            <numerusform>%n rhybudd: cofrestriadau wedi&apos;u defnyddio gan ddau liniadur</numerusform>
            <numerusform>%n rhybudd: cofrestriadau wedi&apos;u defnyddio gan ddau liniadur</numerusform>
            <numerusform>%n rhybudd: cofrestriadau wedi&apos;u defnyddio gan ddau liniadur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting for the words to be confirmed</source>
        <translation>
            <numerusform>%n gliniadur yn aros i&apos;w geiriau gael eu cadarnhau</numerusform>
            <numerusform>%n gliniadur yn aros i&apos;w eiriau gael eu cadarnhau</numerusform>
            <numerusform>%n gliniadur yn aros i&apos;w geiriau gael eu cadarnhau</numerusform>
            <numerusform>%n gliniadur yn aros i&apos;w geiriau gael eu cadarnhau</numerusform>
            <numerusform>%n gliniadur yn aros i&apos;w geiriau gael eu cadarnhau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) in</source>
        <translation>
            <numerusform>%n bwndel wedi dod i mewn</numerusform>
            <numerusform>%n bwndel wedi dod i mewn</numerusform>
            <numerusform>%n bwndel wedi dod i mewn</numerusform>
            <numerusform>%n bwndel wedi dod i mewn</numerusform>
            <numerusform>%n bwndel wedi dod i mewn</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {cases}, {bundles}, bundles {list} not arrived</source>
        <translation>{name}: {cases}, {bundles}, bwndeli {list} heb gyrraedd</translation>
    </message>
    <message>
        <source>{name}: {cases}, {bundles}</source>
        <translation>{name}: {cases}, {bundles}</translation>
    </message>
    <message>
        <source>Office {name} · no conflicts</source>
        <translation>Swyddfa {name} · dim gwrthdaro</translation>
    </message>
    <message>
        <source>nothing new to send</source>
        <translation>dim byd newydd i&apos;w anfon</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n newid heb eu hanfon eto</numerusform>
            <numerusform>%n newid heb ei anfon eto</numerusform>
            <numerusform>%n newid heb eu hanfon eto</numerusform>
            <numerusform>%n newid heb eu hanfon eto</numerusform>
            <numerusform>%n newid heb eu hanfon eto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent, waiting for the office to confirm it has them (its next bundle to this laptop does)</source>
        <translation>
            <numerusform>%n newid wedi&apos;u hanfon, yn aros i&apos;r swyddfa gadarnhau eu bod ganddi (mae ei bwndel nesaf i&apos;r gliniadur hwn yn gwneud hynny)</numerusform>
            <numerusform>%n newid wedi&apos;i anfon, yn aros i&apos;r swyddfa gadarnhau ei fod ganddi (mae ei bwndel nesaf i&apos;r gliniadur hwn yn gwneud hynny)</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon, yn aros i&apos;r swyddfa gadarnhau eu bod ganddi (mae ei bwndel nesaf i&apos;r gliniadur hwn yn gwneud hynny)</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon, yn aros i&apos;r swyddfa gadarnhau eu bod ganddi (mae ei bwndel nesaf i&apos;r gliniadur hwn yn gwneud hynny)</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon, yn aros i&apos;r swyddfa gadarnhau eu bod ganddi (mae ei bwndel nesaf i&apos;r gliniadur hwn yn gwneud hynny)</numerusform>
        </translation>
    </message>
    <message>
        <source>Office fingerprint: {words}</source>
        <translation>Olion bysedd y swyddfa: {words}</translation>
    </message>
</context>
<context>
    <name>SyncWorkerDialog</name>
    <message>
        <source>No workers are enrolled yet.</source>
        <translation>Does dim gweithwyr wedi cofrestru eto.</translation>
    </message>
    <message>
        <source>{name}: withdrawn, so no bundle can be made for their laptop</source>
        <translation>{name}: wedi&apos;i dynnu&apos;n ôl, felly ni ellir gwneud bwndel i&apos;w gliniadur</translation>
    </message>
    <message>
        <source>{name}: enrolment used by two laptops; choose to make a notice for their laptop</source>
        <translation>{name}: cofrestriad wedi&apos;i ddefnyddio gan ddau liniadur; dewiswch wneud hysbysiad i&apos;w gliniadur</translation>
    </message>
    <message>
        <source>{name}: waiting for the laptop&apos;s first bundle</source>
        <translation>{name}: yn aros am fwndel cyntaf y gliniadur</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>last bundle received {date}</source>
        <translation>derbyniwyd y bwndel diwethaf {date}</translation>
    </message>
    <message>
        <source>no bundle received yet</source>
        <translation>dim bwndel wedi&apos;i dderbyn eto</translation>
    </message>
    <message>
        <source>{name}: {cases}, {last}</source>
        <translation>{name}: {cases}, {last}</translation>
    </message>
    <message>
        <source>Make a bundle for a worker</source>
        <translation>Gwneud bwndel i weithiwr</translation>
    </message>
    <message>
        <source>Who is the bundle for?</source>
        <translation>I bwy mae&apos;r bwndel?</translation>
    </message>
    <message>
        <source>It carries the cases given to that worker, the office&apos;s updates to them and what the office has received. Only that worker&apos;s laptop can open it.</source>
        <translation>Mae&apos;n cario&apos;r achosion a roddwyd i&apos;r gweithiwr hwnnw, diweddariadau&apos;r swyddfa iddynt a&apos;r hyn mae&apos;r swyddfa wedi&apos;i dderbyn. Dim ond gliniadur y gweithiwr hwnnw all ei agor.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>A worker&apos;s laptop can receive bundles once the office has imported its first bundle.</source>
        <translation>Gall gliniadur gweithiwr dderbyn bwndeli unwaith y bydd y swyddfa wedi mewnforio ei fwndel cyntaf.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>Dewis ble i&apos;w gadw…</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <source>Working out today&apos;s calls…</source>
        <translation>Wrthi&apos;n cyfrifo galwadau heddiw…</translation>
    </message>
    <message>
        <source>Today&apos;s calls could not be worked out. Try Refresh.</source>
        <translation>Nid oedd modd cyfrifo galwadau heddiw. Rhowch gynnig ar Adnewyddu.</translation>
    </message>
    <message>
        <source>{number} · safe until {end}</source>
        <translation>{number} · yn ddiogel tan {end}</translation>
    </message>
    <message>
        <source>Calls you can make now</source>
        <translation>Galwadau y gallwch eu gwneud nawr</translation>
    </message>
    <message>
        <source>No calls to make right now</source>
        <translation>Dim galwadau i&apos;w gwneud ar hyn o bryd</translation>
    </message>
    <message>
        <source>Safe from {start} to {end}</source>
        <translation>Yn ddiogel o {start} i {end}</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Yn nes ymlaen heddiw</translation>
    </message>
    <message>
        <source>Nothing later today</source>
        <translation>Dim byd yn nes ymlaen heddiw</translation>
    </message>
    <message>
        <source>No safe time left today · next: {start}</source>
        <translation>Dim amser diogel ar ôl heddiw · nesaf: {start}</translation>
    </message>
    <message>
        <source>No safe time agreed to call</source>
        <translation>Dim amser diogel wedi&apos;i gytuno i ffonio</translation>
    </message>
    <message>
        <source>Due, but no safe time to call today</source>
        <translation>Yn ddyledus, ond dim amser diogel i ffonio heddiw</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Dim byd yn hwyr</translation>
    </message>
    <message>
        <source>Releases coming up</source>
        <translation>Rhyddhau ar y gorwel</translation>
    </message>
    <message>
        <source>No releases in the next six weeks</source>
        <translation>Dim rhyddhau yn y chwe wythnos nesaf</translation>
    </message>
    <message>
        <source>Actions to pass on</source>
        <translation>Camau i&apos;w trosglwyddo</translation>
    </message>
    <message>
        <source>No open actions from sharing</source>
        <translation>Dim camau agored o rannu</translation>
    </message>
    <message>
        <source>to {to}</source>
        <translation>i {to}</translation>
    </message>
    <message>
        <source>by {owner}</source>
        <translation>gan {owner}</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>y swyddfa</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>hwyr o %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>Call card for {name}</source>
        <translation>Cerdyn galw ar gyfer {name}</translation>
    </message>
    <message>
        <source>What to tell {name}</source>
        <translation>Beth i&apos;w ddweud wrth {name}</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>No reviews due</source>
        <translation>Dim adolygiadau&apos;n ddyledus</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk assessment review</source>
        <translation>Adolygiad asesiad risg</translation>
    </message>
    <message>
        <source>Safety plan review</source>
        <translation>Adolygiad cynllun diogelwch</translation>
    </message>
    <message>
        <source>{what} · due {date}</source>
        <translation>{what} · yn ddyledus {date}</translation>
    </message>
    <message numerus="yes">
        <source>Release in %n day(s) ({date})</source>
        <translation>
            <numerusform>Rhyddhau ymhen %n diwrnod ({date})</numerusform>
            <numerusform>Rhyddhau ymhen %n diwrnod ({date})</numerusform>
            <numerusform>Rhyddhau ymhen %n diwrnod ({date})</numerusform>
            <numerusform>Rhyddhau ymhen %n diwrnod ({date})</numerusform>
            <numerusform>Rhyddhau ymhen %n diwrnod ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Release today ({date})</source>
        <translation>Rhyddhau heddiw ({date})</translation>
    </message>
    <message>
        <source>Open this case</source>
        <translation>Agor yr achos hwn</translation>
    </message>
    <message>
        <source>Call card…</source>
        <translation>Cerdyn galw…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Today&apos;s visits: plan one, mark back safe (at the office: who is out, and who is overdue)</source>
        <translation>Ymweliadau heddiw: cynllunio un, nodi eich bod yn ôl yn ddiogel (yn y swyddfa: pwy sydd allan, a phwy sy&apos;n hwyr)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Work out who can be called now again</source>
        <translation>Cyfrifo eto pwy y gellir eu ffonio nawr</translation>
    </message>
    <message>
        <source>Calls are listed only while they are inside the agreed safe times. Open the call card before every call.</source>
        <translation>Dim ond tra maen nhw o fewn yr amseroedd diogel a gytunwyd y mae galwadau&apos;n cael eu rhestru. Agorwch y cerdyn galw cyn pob galwad.</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Back up now, the audit trail, reports, the keyboard shortcuts</source>
        <translation>Gwneud copi wrth gefn nawr, y trywydd archwilio, adroddiadau, llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Rhagor o offer</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Caseload: {folder}</source>
        <translation>Llwyth achosion: {folder}</translation>
    </message>
    <message>
        <source>This is the demo caseload. Its passphrase is: {p}</source>
        <translation>Dyma&apos;r llwyth achosion enghreifftiol. Ei gyfrinymadrodd yw: {p}</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Type it to open your caseload.</source>
        <translation>Mae eich cyfrinymadrodd newydd wedi&apos;i osod. Teipiwch ef i agor eich llwyth achosion.</translation>
    </message>
    <message>
        <source>Protected by your passphrase and this laptop&apos;s keyring.</source>
        <translation>Wedi&apos;i ddiogelu gan eich cyfrinymadrodd a chylch allweddi&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Reduced protection: this laptop has no keyring, so the caseload relies on your passphrase alone. Ask your office about setting up a keyring.</source>
        <translation>Llai o ddiogelwch: does dim cylch allweddi ar y gliniadur hwn, felly mae&apos;r llwyth achosion yn dibynnu ar eich cyfrinymadrodd yn unig. Gofynnwch i&apos;ch swyddfa am baratoi cylch allweddi.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Opening with your passphrase alone… this takes a few seconds.</source>
        <translation>Wrthi&apos;n agor gyda&apos;ch cyfrinymadrodd yn unig… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <source>Something went wrong while opening the caseload. Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth agor y llwyth achosion. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That passphrase is not right. You can try again in {n} s.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn gywir. Gallwch roi cynnig arall arni ymhen {n} eiliad.</translation>
    </message>
    <message>
        <source>Unlock Safety Worker</source>
        <translation>Datgloi Safety Worker</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Croeso&apos;n ôl</translation>
    </message>
    <message>
        <source>Type your passphrase to open your caseload.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich llwyth achosion.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Forgotten it? Your office can help</source>
        <translation>&amp;Wedi&apos;i anghofio? Gall eich swyddfa helpu</translation>
    </message>
    <message>
        <source>Try the keyring again</source>
        <translation>Rhoi cynnig ar y cylch allweddi eto</translation>
    </message>
    <message>
        <source>Open with my passphrase alone this time</source>
        <translation>Agor gyda fy nghyfrinymadrodd yn unig y tro hwn</translation>
    </message>
    <message>
        <source>Keep the secret in a file from now on</source>
        <translation>Cadw&apos;r gyfrinach mewn ffeil o hyn ymlaen</translation>
    </message>
    <message>
        <source>A file beside the caseload is reduced protection: anyone who copies the folder then needs only your passphrase.</source>
        <translation>Mae ffeil wrth ymyl y llwyth achosion yn llai o ddiogelwch: dim ond eich cyfrinymadrodd sydd ei angen ar unrhyw un sy&apos;n copïo&apos;r ffolder wedyn.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Back in touch by</source>
        <translation>Yn ôl mewn cysylltiad erbyn</translation>
    </message>
    <message>
        <source>Back safe</source>
        <translation>Yn ôl yn ddiogel</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Back safe at {time}</source>
        <translation>Yn ôl yn ddiogel am {time}</translation>
    </message>
    <message>
        <source>Overdue: mark yourself back safe</source>
        <translation>Yn hwyr: nodwch eich bod yn ôl yn ddiogel</translation>
    </message>
    <message>
        <source>Overdue: ring them</source>
        <translation>Yn hwyr: ffoniwch nhw</translation>
    </message>
    <message>
        <source>Overdue: ring {worker}</source>
        <translation>Yn hwyr: ffoniwch {worker}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Their home address</source>
        <translation>Eu cyfeiriad cartref</translation>
    </message>
</context>
<context>
    <name>VisitsWidget</name>
    <message>
        <source>Every worker&apos;s visits. A visit whose back-in-touch time has passed without a &apos;back safe&apos; is overdue: it is shown first, in red. Ring the worker.</source>
        <translation>Ymweliadau pob gweithiwr. Mae ymweliad yn hwyr pan fydd ei amser bod yn ôl mewn cysylltiad wedi mynd heibio heb &apos;yn ôl yn ddiogel&apos;: mae&apos;n cael ei ddangos yn gyntaf, mewn coch. Ffoniwch y gweithiwr.</translation>
    </message>
    <message>
        <source>Plan each visit before you leave, then make a bundle for the office (Sync) or save the visit sheet for them. Mark yourself back safe when you are.</source>
        <translation>Cynlluniwch bob ymweliad cyn i chi adael, yna gwnewch fwndel i&apos;r swyddfa (Cysoni) neu cadwch y daflen ymweliadau iddyn nhw. Nodwch eich bod yn ôl yn ddiogel pan fyddwch chi.</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>Dim ymweliadau wedi&apos;u cynllunio ar gyfer y diwrnod hwn.</translation>
    </message>
    <message>
        <source>Planned. Make a bundle for the office before you leave, or save the visit sheet for them.</source>
        <translation>Wedi&apos;i gynllunio. Gwnewch fwndel i&apos;r swyddfa cyn i chi adael, neu cadwch y daflen ymweliadau iddyn nhw.</translation>
    </message>
    <message>
        <source>Marked back safe. Thank you.</source>
        <translation>Wedi nodi eich bod yn ôl yn ddiogel. Diolch.</translation>
    </message>
    <message>
        <source>The visit is in the case&apos;s contact log: open the case to add what happened.</source>
        <translation>Mae&apos;r ymweliad yng nghofnod cyswllt yr achos: agorwch yr achos i ychwanegu beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Save the visit sheet as a PDF</source>
        <translation>Cadw&apos;r daflen ymweliadau fel PDF</translation>
    </message>
    <message>
        <source>visits.pdf</source>
        <translation>ymweliadau.pdf</translation>
    </message>
    <message>
        <source>Saved as {name}. Print it for the office.</source>
        <translation>Wedi&apos;i chadw fel {name}. Argraffwch hi ar gyfer y swyddfa.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Diwrnod:</translation>
    </message>
    <message>
        <source>Day of the visits</source>
        <translation>Diwrnod yr ymweliadau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Read the visits again (after a bundle came in)</source>
        <translation>Darllen yr ymweliadau eto (ar ôl i fwndel gyrraedd)</translation>
    </message>
    <message>
        <source>Visits of the day</source>
        <translation>Ymweliadau&apos;r diwrnod</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>Cynllunio ymweliad…</translation>
    </message>
    <message>
        <source>Where, when, and when you will be back in touch; the case&apos;s safety flags first</source>
        <translation>Ble, pryd, a phryd byddwch chi&apos;n ôl mewn cysylltiad; rhybuddion diogelwch yr achos yn gyntaf</translation>
    </message>
    <message>
        <source>Back safe</source>
        <translation>Yn ôl yn ddiogel</translation>
    </message>
    <message>
        <source>Mark the chosen visit back safe now</source>
        <translation>Nodi eich bod yn ôl yn ddiogel o&apos;r ymweliad a ddewiswyd nawr</translation>
    </message>
    <message>
        <source>Log the visit</source>
        <translation>Cofnodi&apos;r ymweliad</translation>
    </message>
    <message>
        <source>Add the chosen visit to the case&apos;s contact log</source>
        <translation>Ychwanegu&apos;r ymweliad a ddewiswyd at gofnod cyswllt yr achos</translation>
    </message>
    <message>
        <source>Save the visit sheet…</source>
        <translation>Cadw&apos;r daflen…</translation>
    </message>
    <message>
        <source>The day&apos;s visits as a PDF to print for the office&apos;s lone-working log</source>
        <translation>Ymweliadau&apos;r diwrnod fel PDF i&apos;w argraffu ar gyfer cofnod gweithio unigol y swyddfa</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Safe times each week, on a grid of the week</source>
        <translation>Amseroedd diogel bob wythnos, ar grid o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nos</translation>
    </message>
    <message>
        <source>No safe times yet.
Add the times they chose below.</source>
        <translation>Dim amseroedd diogel eto.
Ychwanegwch yr amseroedd a ddewison nhw isod.</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <source>Cases can be read, and calls and notes logged; other changes wait until it is done.</source>
        <translation>Gellir darllen achosion, a chofnodi galwadau a nodiadau; mae newidiadau eraill yn aros nes bydd wedi gorffen.</translation>
    </message>
    <message>
        <source>This can be done again when the bundle has been imported.</source>
        <translation>Gellir gwneud hyn eto pan fydd y bwndel wedi&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>Visits can be planned, logged and marked back safe again when the bundle has been imported.</source>
        <translation>Gellir cynllunio a chofnodi ymweliadau, a dweud eich bod yn ôl yn ddiogel, eto pan fydd y bwndel wedi&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>This case can be changed again when the bundle has been imported.</source>
        <translation>Gellir newid yr achos hwn eto pan fydd y bwndel wedi&apos;i fewnforio.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a laptop</source>
        <translation>Tynnu gliniadur yn ôl</translation>
    </message>
    <message>
        <source>Which laptop was lost or stolen?</source>
        <translation>Pa liniadur a gollwyd neu a gafodd ei ddwyn?</translation>
    </message>
    <message>
        <source>Once withdrawn, bundles from that laptop are refused and the office makes none for it. The worker&apos;s cases stay here at the office: give them to another worker from each case&apos;s More menu.</source>
        <translation>Ar ôl ei dynnu&apos;n ôl, caiff bwndeli o&apos;r gliniadur hwnnw eu gwrthod ac ni fydd y swyddfa&apos;n gwneud rhai iddo. Mae achosion y gweithiwr yn aros yma yn y swyddfa: rhowch nhw i weithiwr arall o ddewislen Mwy pob achos.</translation>
    </message>
    <message>
        <source>This cannot be undone: the worker will need a new enrolment file.</source>
        <translation>Ni ellir dadwneud hyn: bydd angen ffeil gofrestru newydd ar y gweithiwr.</translation>
    </message>
    <message>
        <source>Withdraw this laptop…</source>
        <translation>Tynnu&apos;r gliniadur hwn yn ôl…</translation>
    </message>
    <message>
        <source>{name}: withdrawn</source>
        <translation>{name}: wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {cases}</source>
        <translation>{name}: {cases}</translation>
    </message>
    <message>
        <source>Withdraw {name}&apos;s laptop?</source>
        <translation>Tynnu gliniadur {name} yn ôl?</translation>
    </message>
    <message>
        <source>Withdraw {name}&apos;s laptop? Its bundles will be refused from now on. This cannot be undone: to work again, {name} needs a new enrolment file handed over in person.</source>
        <translation>Tynnu gliniadur {name} yn ôl? Bydd ei fwndeli&apos;n cael eu gwrthod o hyn ymlaen. Ni ellir dadwneud hyn: i weithio eto, mae angen ffeil gofrestru newydd ar {name}, wedi&apos;i rhoi wyneb yn wyneb.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>  Ask for</source>
        <translation>  Gofyn am</translation>
    </message>
    <message>
        <source>  Can&apos;t-talk code word</source>
        <translation>  Gair cod &quot;methu siarad&quot;</translation>
    </message>
    <message>
        <source>  Do not call</source>
        <translation>  Peidiwch â ffonio</translation>
    </message>
    <message>
        <source>  If someone else answers</source>
        <translation>  Os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <source>  Safe times</source>
        <translation>  Amseroedd diogel</translation>
    </message>
    <message>
        <source>  Safe to call / text</source>
        <translation>  Diogel i ffonio / tecstio</translation>
    </message>
    <message>
        <source>  Voicemail or message</source>
        <translation>  Neges llais neu neges</translation>
    </message>
    <message>
        <source>  Withhold our number</source>
        <translation>  Cuddio ein rhif</translation>
    </message>
    <message>
        <source> (- reads it from standard input, out of sight of other users)</source>
        <translation> (mae - yn ei ddarllen o&apos;r mewnbwn safonol, o olwg defnyddwyr eraill)</translation>
    </message>
    <message>
        <source> (did you mean {name}?)</source>
        <translation> (oeddech chi&apos;n golygu {name}?)</translation>
    </message>
    <message>
        <source> by {author}</source>
        <translation> gan {author}</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>Nid yw &apos;{day}&apos; yn ddiwrnod (defnyddiwch mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; appears twice; each question needs its own id</source>
        <translation>Mae &apos;{id}&apos; yn ymddangos ddwywaith; mae angen ei id ei hun ar bob cwestiwn</translation>
    </message>
    <message>
        <source>&apos;{j}&apos; is lower than &apos;{r}&apos;, the level the answers give: judgement may raise a level, never lower it</source>
        <translation>Mae &apos;{j}&apos; yn is na &apos;{r}&apos;, y lefel mae&apos;r atebion yn ei rhoi: gall barn broffesiynol godi lefel, byth ei gostwng</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is planned twice; each kind may appear once</source>
        <translation>Mae &apos;{kind}&apos; wedi&apos;i gynllunio ddwywaith; gall pob math ymddangos unwaith</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice</source>
        <translation>Mae &apos;{name}&apos; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; should be a name, then the age in brackets: Ani (5)</source>
        <translation>Dylai &apos;{part}&apos; fod yn enw, yna&apos;r oed mewn cromfachau: Ani (5)</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; should be days then times, for example mon-fri 10:00-12:00</source>
        <translation>Dylai &apos;{part}&apos; fod yn ddyddiau ac yna amseroedd, er enghraifft mon-fri 10:00-12:00</translation>
    </message>
    <message>
        <source>&apos;{section}&apos; appears twice; each section may appear once</source>
        <translation>Mae &apos;{section}&apos; yn ymddangos ddwywaith; gall pob adran ymddangos unwaith</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO date and time</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad ac amser ISO</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has an extension; write the number without it and put the extension in the notes</source>
        <translation>Mae gan &apos;{value}&apos; estyniad; ysgrifennwch y rhif hebddo a rhowch yr estyniad yn y nodiadau</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time zone: add the offset (+01:00) or Z for UTC</source>
        <translation>Does gan &apos;{value}&apos; ddim cylchfa amser: ychwanegwch y gwahaniaeth (+01:00) neu Z ar gyfer UTC</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it like 2026-12-24)</source>
        <translation>Nid yw &apos;{value}&apos; yn ddyddiad (ysgrifennwch ef fel 2026-12-24)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (write it like 2026-03-29T10:00+01:00)</source>
        <translation>Nid yw &apos;{value}&apos; yn ddyddiad ac amser (ysgrifennwch ef fel 2026-03-29T10:00+01:00)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>Nid yw &apos;{value}&apos; yn ddyddiad: ysgrifennwch DD/MM/BBBB neu BBBB-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>Nid yw &apos;{value}&apos; yn rhif ffôn</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a print language (use en or cy)</source>
        <translation>Nid yw &apos;{value}&apos; yn iaith argraffu (defnyddiwch en neu cy)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a printed copy (use worker, personal or card)</source>
        <translation>Nid yw &apos;{value}&apos; yn gopi printiedig (defnyddiwch worker, personal neu card)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number (check the digits)</source>
        <translation>Nid yw &apos;{value}&apos; yn rhif ffôn dilys (gwiriwch y digidau)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address</source>
        <translation>Nid yw &apos;{value}&apos; yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no (leave it empty for the safe default)</source>
        <translation>Nid yw &apos;{value}&apos; yn ie neu na (gadewch yn wag ar gyfer y dewis diogel)</translation>
    </message>
    <message>
        <source>(no words to print yet)</source>
        <translation>(dim geiriau i&apos;w hargraffu eto)</translation>
    </message>
    <message>
        <source>(time not known)</source>
        <translation>(amser ddim yn hysbys)</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, yn hwyr</translation>
    </message>
    <message>
        <source>: dates and years are easy to guess</source>
        <translation>: mae dyddiadau a blynyddoedd yn hawdd eu dyfalu</translation>
    </message>
    <message>
        <source>: it is one of the most used passwords</source>
        <translation>: mae&apos;n un o&apos;r cyfrineiriau a ddefnyddir fwyaf</translation>
    </message>
    <message>
        <source>: it uses words tied to this app</source>
        <translation>: mae&apos;n defnyddio geiriau sy&apos;n gysylltiedig â&apos;r ap hwn</translation>
    </message>
    <message>
        <source>: keys next to each other are easy to guess</source>
        <translation>: mae bysellau nesaf at ei gilydd yn hawdd eu dyfalu</translation>
    </message>
    <message>
        <source>: names are among the first guesses</source>
        <translation>: mae enwau ymhlith y pethau cyntaf sy&apos;n cael eu dyfalu</translation>
    </message>
    <message>
        <source>: repeated characters are easy to guess</source>
        <translation>: mae nodau sy&apos;n cael eu hailadrodd yn hawdd eu dyfalu</translation>
    </message>
    <message>
        <source>: runs like abc or 1234 are easy to guess</source>
        <translation>: mae rhesi fel abc neu 1234 yn hawdd eu dyfalu</translation>
    </message>
    <message>
        <source>; missing bundles {gaps}</source>
        <translation>; bwndeli ar goll {gaps}</translation>
    </message>
    <message>
        <source>A store already exists in {folder}; it was left as it is.</source>
        <translation>Mae storfa eisoes yn bodoli yn {folder}; cafodd ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>A voicemail or message may be left on this number.</source>
        <translation>Cewch adael neges llais neu neges ar y rhif hwn.</translation>
    </message>
    <message>
        <source>ALERT: {message}</source>
        <translation>RHYBUDD: {message}</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Added {n} fictional demo cases to {folder}.</source>
        <translation>Ychwanegwyd {n} achos enghreifftiol dychmygol at {folder}.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>After leaving</source>
        <translation>Ar ôl gadael</translation>
    </message>
    <message>
        <source>Agenda for {today} ({zone})</source>
        <translation>Agenda ar gyfer {today} ({zone})</translation>
    </message>
    <message>
        <source>Allocated worker</source>
        <translation>Gweithiwr penodedig</translation>
    </message>
    <message>
        <source>An agency contact</source>
        <translation>Cyswllt mewn asiantaeth</translation>
    </message>
    <message numerus="yes">
        <source>Applied: {n} people updated.</source>
        <translation>
            <numerusform>Wedi&apos;u rhoi ar waith: diweddarwyd {n} person.</numerusform>
            <numerusform>Wedi&apos;u rhoi ar waith: diweddarwyd {n} person.</numerusform>
            <numerusform>Wedi&apos;u rhoi ar waith: diweddarwyd {n} person.</numerusform>
            <numerusform>Wedi&apos;u rhoi ar waith: diweddarwyd {n} person.</numerusform>
            <numerusform>Wedi&apos;u rhoi ar waith: diweddarwyd {n} person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Gofyn am</translation>
    </message>
    <message>
        <source>Ask for: {name}</source>
        <translation>Gofyn am: {name}</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Assigned: the next bundle for that worker carries the case.</source>
        <translation>Wedi&apos;i neilltuo: mae&apos;r bwndel nesaf i&apos;r gweithiwr hwnnw&apos;n cario&apos;r achos.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} was already imported ({when}); nothing to do.</source>
        <translation>Roedd bwndel {seq} gan {sender} eisoes wedi&apos;i fewnforio ({when}); dim i&apos;w wneud.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bwndeli</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CYFRINACHOL</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — MARAC referral, worker copy — keep secure</source>
        <translation>CYFRINACHOL — atgyfeiriad MARAC, copi&apos;r gweithiwr — cadwch yn ddiogel</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: share only with the MARAC</source>
        <translation>CYFRINACHOL: rhannwch gyda&apos;r MARAC yn unig</translation>
    </message>
    <message>
        <source>Calls that can be made now</source>
        <translation>Galwadau y gellir eu gwneud nawr</translation>
    </message>
    <message>
        <source>Can&apos;t-talk code word: {word}</source>
        <translation>Gair cod &quot;methu siarad&quot;: {word}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statws yr achos</translation>
    </message>
    <message>
        <source>Caseload, referrals and closures</source>
        <translation>Llwyth achosion, atgyfeiriadau a chau</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Wedi newid: {fields}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Children&apos;s plan</source>
        <translation>Cynllun y plant</translation>
    </message>
    <message>
        <source>Choose a passphrase: </source>
        <translation>Dewiswch gyfrinymadrodd: </translation>
    </message>
    <message>
        <source>Choose a passphrase: a few unrelated words are easy to remember.</source>
        <translation>Dewiswch gyfrinymadrodd: mae ychydig o eiriau digyswllt yn hawdd eu cofio.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Gair cod</translation>
    </message>
    <message>
        <source>Code words</source>
        <translation>Geiriau cod</translation>
    </message>
    <message>
        <source>Confirmed {name}&apos;s laptop. Import its bundle again to apply it.</source>
        <translation>Cadarnhawyd gliniadur {name}. Mewnforiwch ei fwndel eto i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>Confirmed: the office will take {name}&apos;s first bundle only from the laptop showing these words.</source>
        <translation>Wedi&apos;i gadarnhau: bydd y swyddfa&apos;n derbyn bwndel cyntaf {name} dim ond o&apos;r gliniadur sy&apos;n dangos y geiriau hyn.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Consent to share with</source>
        <translation>Caniatâd i rannu gyda</translation>
    </message>
    <message>
        <source>Consent to this referral</source>
        <translation>Caniatâd i&apos;r atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Contact arrangements</source>
        <translation>Trefniadau cyswllt</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Cysylltwyd</translation>
    </message>
    <message>
        <source>Contacts attempted and made</source>
        <translation>Cysylltiadau a geisiwyd ac a wnaed</translation>
    </message>
    <message>
        <source>Correction: {text}</source>
        <translation>Cywiriad: {text}</translation>
    </message>
    <message>
        <source>Created an encrypted store in {folder}.</source>
        <translation>Crëwyd storfa wedi&apos;i hamgryptio yn {folder}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Cyfrinymadrodd presennol: </translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Gwiriad y gronfa ddata</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dyddiau&apos;n hwyr</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>Declined support</source>
        <translation>Gwrthod cymorth</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>Do not leave a voicemail or message.</source>
        <translation>Peidiwch â gadael neges llais na neges.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Wedi&apos;i wneud gan</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Done: the store opens with the new passphrase. Delete the request and answer files.</source>
        <translation>Wedi&apos;i wneud: mae&apos;r storfa&apos;n agor gyda&apos;r cyfrinymadrodd newydd. Dilëwch y ffeiliau cais ac ateb.</translation>
    </message>
    <message>
        <source>Done: the {kind} contact due {due}.</source>
        <translation>Wedi&apos;i wneud: y cyswllt {kind} oedd yn ddyledus {due}.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed. {n} cases would change.</source>
        <translation>
            <numerusform>Rhediad prawf: ni newidiwyd dim. Byddai {n} achos yn newid.</numerusform>
            <numerusform>Rhediad prawf: ni newidiwyd dim. Byddai {n} achos yn newid.</numerusform>
            <numerusform>Rhediad prawf: ni newidiwyd dim. Byddai {n} achos yn newid.</numerusform>
            <numerusform>Rhediad prawf: ni newidiwyd dim. Byddai {n} achos yn newid.</numerusform>
            <numerusform>Rhediad prawf: ni newidiwyd dim. Byddai {n} achos yn newid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Due, but no safe time to call today</source>
        <translation>Yn ddyledus, ond dim amser diogel i ffonio heddiw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Emergency bag</source>
        <translation>Bag argyfwng</translation>
    </message>
    <message>
        <source>Encryption check</source>
        <translation>Gwiriad amgryptio</translation>
    </message>
    <message>
        <source>End of programme contact</source>
        <translation>Cyswllt diwedd y rhaglen</translation>
    </message>
    <message>
        <source>Enrolled with {office}. Check the office shows the same words: {words}</source>
        <translation>Wedi cofrestru gyda {office}. Gwiriwch fod y swyddfa&apos;n dangos yr un geiriau: {words}</translation>
    </message>
    <message>
        <source>Enrolment file for {name}: {path}</source>
        <translation>Ffeil gofrestru ar gyfer {name}: {path}</translation>
    </message>
    <message>
        <source>Erased. Each laptop drops the case with its next bundle from the office.</source>
        <translation>Wedi&apos;i ddileu. Mae pob gliniadur yn gollwng yr achos gyda&apos;i fwndel nesaf gan y swyddfa.</translation>
    </message>
    <message>
        <source>Exclusion zones</source>
        <translation>Parthau gwahardd</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>Cyswllt dilynol</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Good enough. Stronger: add another unrelated word.</source>
        <translation>Digon da. Cryfach: ychwanegwch air digyswllt arall.</translation>
    </message>
    <message>
        <source>Hand the file over in person and delete it once the laptop is set up.</source>
        <translation>Rhowch y ffeil wyneb yn wyneb a&apos;i dileu unwaith y bydd y gliniadur yn barod.</translation>
    </message>
    <message>
        <source>Heard at a MARAC in the last months, with a new incident: refer again (a repeat referral).</source>
        <translation>Wedi&apos;i drafod mewn MARAC yn ystod y misoedd diwethaf, gyda digwyddiad newydd: atgyfeiriwch eto (atgyfeiriad ailadrodd).</translation>
    </message>
    <message>
        <source>Heard at the MARAC on {d}.</source>
        <translation>Trafodwyd yn y MARAC ar {d}.</translation>
    </message>
    <message>
        <source>Helplines ({source}; last checked {when})</source>
        <translation>Llinellau cymorth ({source}; gwiriwyd ddiwethaf {when})</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>How to contact them safely</source>
        <translation>Sut i gysylltu â nhw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>How to contact them safely, and when</source>
        <translation>Sut i gysylltu â nhw&apos;n ddiogel, a phryd</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>If someone else answers</source>
        <translation>Os bydd rhywun arall yn ateb</translation>
    </message>
    <message>
        <source>If someone else answers: {say}</source>
        <translation>Os bydd rhywun arall yn ateb: {say}</translation>
    </message>
    <message>
        <source>If someone else finds this copy, it shows no names and no numbers other than the helplines.</source>
        <translation>Os bydd rhywun arall yn dod o hyd i&apos;r copi hwn, nid yw&apos;n dangos enwau na rhifau heblaw&apos;r llinellau cymorth.</translation>
    </message>
    <message>
        <source>If someone else finds this copy, it shows: {what}.</source>
        <translation>Os bydd rhywun arall yn dod o hyd i&apos;r copi hwn, mae&apos;n dangos: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported bundle {seq} from {sender}: {n} changes applied.</source>
        <translation>
            <numerusform>Mewnforiwyd bwndel {seq} gan {sender}: {n} newid wedi&apos;u defnyddio.</numerusform>
            <numerusform>Mewnforiwyd bwndel {seq} gan {sender}: {n} newid wedi&apos;i ddefnyddio.</numerusform>
            <numerusform>Mewnforiwyd bwndel {seq} gan {sender}: {n} newid wedi&apos;u defnyddio.</numerusform>
            <numerusform>Mewnforiwyd bwndel {seq} gan {sender}: {n} newid wedi&apos;u defnyddio.</numerusform>
            <numerusform>Mewnforiwyd bwndel {seq} gan {sender}: {n} newid wedi&apos;u defnyddio.</numerusform>
        </translation>
    </message>
    <message>
        <source>In a &apos;do not call&apos; period until {when}</source>
        <translation>Mewn cyfnod &quot;peidiwch â ffonio&quot; tan {when}</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>Ymhen dyddiau</translation>
    </message>
    <message>
        <source>Information-sharing actions</source>
        <translation>Camau rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Items marked WORKER ONLY are not printed on the person&apos;s copy or card.</source>
        <translation>Nid yw eitemau sydd wedi&apos;u nodi GWEITHIWR YN UNIG yn cael eu hargraffu ar gopi na cherdyn y person.</translation>
    </message>
    <message>
        <source>JSON with marac, consent, consent_reason, wishes (default: the case&apos;s latest referral)</source>
        <translation>JSON gyda marac, consent, consent_reason, wishes (rhagosodiad: atgyfeiriad diweddaraf yr achos)</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Keyring backend</source>
        <translation>Cefn y cylch allweddi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Last bundle in</source>
        <translation>Bwndel diwethaf i mewn</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Last contacts:</source>
        <translation>Cysylltiadau diwethaf:</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Yn nes ymlaen heddiw</translation>
    </message>
    <message>
        <source>Leaving plan</source>
        <translation>Cynllun gadael</translation>
    </message>
    <message>
        <source>Left a message (allowed on this number)</source>
        <translation>Wedi gadael neges (caniateir ar y rhif hwn)</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Enw cyfreithiol</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Level from the answers</source>
        <translation>Lefel o&apos;r atebion</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Lefelau</translation>
    </message>
    <message>
        <source>Licence conditions</source>
        <translation>Amodau&apos;r drwydded</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Yn byw gyda</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Gwasanaethau lleol</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation>MARAC</translation>
    </message>
    <message>
        <source>MARAC referral: worker copy</source>
        <translation>Atgyfeiriad MARAC: copi&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>Made private</source>
        <translation>Wedi&apos;i wneud yn breifat</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Memory wiping</source>
        <translation>Clirio&apos;r cof</translation>
    </message>
    <message>
        <source>Memory wiping is off for this store from the next time it is opened.</source>
        <translation>Bydd clirio&apos;r cof i ffwrdd ar gyfer y storfa hon o&apos;r tro nesaf y caiff ei hagor.</translation>
    </message>
    <message>
        <source>Memory wiping is on for this store. Every query will be slower.</source>
        <translation>Mae clirio&apos;r cof ymlaen ar gyfer y storfa hon. Bydd pob ymholiad yn arafach.</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Wedi cyfarfod wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Mid-point contact</source>
        <translation>Cyswllt hanner ffordd</translation>
    </message>
    <message>
        <source>Missing from office</source>
        <translation>Ar goll o&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>NEVER</source>
        <translation>BYTH</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Name to use on the phone</source>
        <translation>Enw i&apos;w ddefnyddio ar y ffôn</translation>
    </message>
    <message>
        <source>Nearly there{why}. Add another unrelated word.</source>
        <translation>Bron yno{why}. Ychwanegwch air digyswllt arall.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Cyswllt nesaf</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Next review: {date}</source>
        <translation>Adolygiad nesaf: {date}</translation>
    </message>
    <message>
        <source>Next safe time</source>
        <translation>Amser diogel nesaf</translation>
    </message>
    <message>
        <source>Next safe time: {start} to {end}</source>
        <translation>Amser diogel nesaf: {start} i {end}</translation>
    </message>
    <message>
        <source>No answer, no message left</source>
        <translation>Dim ateb, dim neges wedi&apos;i gadael</translation>
    </message>
    <message>
        <source>No calls are due and safe to make now.</source>
        <translation>Does dim galwadau&apos;n ddyledus ac yn ddiogel i&apos;w gwneud nawr.</translation>
    </message>
    <message>
        <source>No case {id}.</source>
        <translation>Dim achos {id}.</translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Ni chafwyd hyd i achosion.</translation>
    </message>
    <message>
        <source>No changes: the plan is the same as version {n}, so no new version was saved.</source>
        <translation>Dim newidiadau: mae&apos;r cynllun yr un fath â fersiwn {n}, felly ni chadwyd fersiwn newydd.</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>No open conflict {id}.</source>
        <translation>Dim gwrthdaro agored {id}.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Dim gwrthdaro agored.</translation>
    </message>
    <message>
        <source>No passphrase: run this in a terminal, or set {env} for scripts.</source>
        <translation>Dim cyfrinymadrodd: rhedwch hwn mewn terfynell, neu gosodwch {env} ar gyfer sgriptiau.</translation>
    </message>
    <message>
        <source>No phone number to call</source>
        <translation>Dim rhif ffôn i&apos;w ffonio</translation>
    </message>
    <message>
        <source>No record {id} (it may have been removed).</source>
        <translation>Dim cofnod {id} (efallai ei fod wedi&apos;i dynnu).</translation>
    </message>
    <message>
        <source>No safe time in the next eight weeks</source>
        <translation>Dim amser diogel yn yr wyth wythnos nesaf</translation>
    </message>
    <message>
        <source>No safe times agreed yet</source>
        <translation>Dim amseroedd diogel wedi&apos;u cytuno eto</translation>
    </message>
    <message>
        <source>No worker {id} is enrolled with this office.</source>
        <translation>Does dim gweithiwr {id} wedi cofrestru gyda&apos;r swyddfa hon.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Heb ei gofnodi.</translation>
    </message>
    <message>
        <source>Not safe to talk, call back later</source>
        <translation>Ddim yn ddiogel i siarad, ffonio&apos;n ôl wedyn</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ni newidiodd dim.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Rhif: {number}</translation>
    </message>
    <message>
        <source>Numbers last checked {when}. Numbers and hours change: check them before relying on them. The office can send corrected numbers (safetyworker office helplines set).</source>
        <translation>Gwiriwyd y rhifau ddiwethaf {when}. Mae rhifau ac oriau&apos;n newid: gwiriwch nhw cyn dibynnu arnynt. Gall y swyddfa anfon rhifau wedi&apos;u cywiro (safetyworker office helplines set).</translation>
    </message>
    <message>
        <source>Numbers printed on the person&apos;s copy</source>
        <translation>Rhifau wedi&apos;u hargraffu ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>OS keyring: the store needs this laptop and the passphrase</source>
        <translation>Cylch allweddi&apos;r system: mae angen y gliniadur hwn a&apos;r cyfrinymadrodd ar y storfa</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Office fingerprint (check the laptop shows the same): {words}</source>
        <translation>Olion bysedd y swyddfa (gwiriwch fod y gliniadur yn dangos yr un peth): {words}</translation>
    </message>
    <message>
        <source>Office fingerprint: {words}</source>
        <translation>Olion bysedd y swyddfa: {words}</translation>
    </message>
    <message>
        <source>Office: {name}  ({words})</source>
        <translation>Swyddfa: {name}  ({words})</translation>
    </message>
    <message>
        <source>On the command line, add --without-keyring once to open with your passphrase alone this time, or --without-keyring file to keep the secret in a file beside the store from now on.</source>
        <translation>Ar y llinell orchymyn, ychwanegwch --without-keyring once i agor gyda&apos;ch cyfrinymadrodd yn unig y tro hwn, neu --without-keyring file i gadw&apos;r gyfrinach mewn ffeil wrth ymyl y storfa o hyn ymlaen.</translation>
    </message>
    <message>
        <source>On the person&apos;s copy</source>
        <translation>Ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>On the phone, call them</source>
        <translation>Ar y ffôn, galwch nhw</translation>
    </message>
    <message>
        <source>One-off safe times</source>
        <translation>Amseroedd diogel untro</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Gwrthdaro agored: {n}</translation>
    </message>
    <message>
        <source>Order ends</source>
        <translation>Y gorchymyn yn dod i ben</translation>
    </message>
    <message>
        <source>Other users of this computer can change the folder {folder} (its permissions are {mode:o}), so a store there could be tampered with. Nothing was made. Choose a folder of your own, or make this one private first (chmod 700).</source>
        <translation>Gall defnyddwyr eraill y cyfrifiadur hwn newid y ffolder {folder} (ei ganiatâd yw {mode:o}), felly gallai rhywun ymyrryd â storfa yno. Ni wnaed dim. Dewiswch ffolder sy&apos;n eiddo i chi, neu gwnewch hwn yn breifat yn gyntaf (chmod 700).</translation>
    </message>
    <message>
        <source>Other users of this computer can reach the store. To make it yours alone: {cmd}</source>
        <translation>Gall defnyddwyr eraill y cyfrifiadur hwn gyrraedd y storfa. I&apos;w gwneud yn eiddo i chi yn unig: {cmd}</translation>
    </message>
    <message>
        <source>Outside the agreed safe times</source>
        <translation>Y tu allan i&apos;r amseroedd diogel a gytunwyd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>People to contact (besides the police)</source>
        <translation>Pobl i gysylltu â nhw (heblaw&apos;r heddlu)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Caniatâd ffeiliau</translation>
    </message>
    <message>
        <source>Person causing harm</source>
        <translation>Person sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>Person&apos;s copy</source>
        <translation>Copi&apos;r person</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>Diogelwch ffôn ac ar-lein</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Fersiwn y cynllun</translation>
    </message>
    <message>
        <source>Planned contacts:</source>
        <translation>Cysylltiadau wedi&apos;u cynllunio:</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Swyddog prawf</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Protection: {p}</source>
        <translation>Diogelu: {p}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Read these six words to the office: it takes this laptop&apos;s bundles only once it has confirmed them.</source>
        <translation>Darllenwch y chwe gair hyn i&apos;r swyddfa: dim ond ar ôl iddi eu cadarnhau y bydd yn derbyn bwndeli&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Recent contacts:</source>
        <translation>Cysylltiadau diweddar:</translation>
    </message>
    <message>
        <source>Recovery code (read it to the worker by phone; never send it with the file):</source>
        <translation>Cod adfer (darllenwch ef i&apos;r gweithiwr dros y ffôn; peidiwch byth â&apos;i anfon gyda&apos;r ffeil):</translation>
    </message>
    <message>
        <source>Recovery code from the office: </source>
        <translation>Cod adfer gan y swyddfa: </translation>
    </message>
    <message>
        <source>Referral recorded: {id}</source>
        <translation>Atgyfeiriad wedi&apos;i gofnodi: {id}</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Refused: referred without consent</source>
        <translation>Wedi&apos;i wrthod: atgyfeiriwyd heb ganiatâd</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>Releases in the next {n} days</source>
        <translation>Rhyddhau yn ystod y {n} diwrnod nesaf</translation>
    </message>
    <message>
        <source>Repeat referral</source>
        <translation>Atgyfeiriad ailadrodd</translation>
    </message>
    <message>
        <source>Resolved: the chosen value goes to every laptop with the next bundles.</source>
        <translation>Wedi&apos;i ddatrys: mae&apos;r gwerth a ddewiswyd yn mynd i bob gliniadur gyda&apos;r bwndeli nesaf.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Reviews due in the next {n} days</source>
        <translation>Adolygiadau&apos;n ddyledus yn ystod y {n} diwrnod nesaf</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Asesiad risg</translation>
    </message>
    <message>
        <source>Risk factors answered yes</source>
        <translation>Ffactorau risg a atebwyd ag ie</translation>
    </message>
    <message>
        <source>Rows that match an open case are people already on the caseload; see them with case show ID.</source>
        <translation>Mae rhesi sy&apos;n cyfateb i achos agored yn bobl sydd eisoes ar y llwyth achosion; gwelwch nhw gyda case show ID.</translation>
    </message>
    <message>
        <source>Run this in a terminal to type it, or give {option} - to read it from standard input.</source>
        <translation>Rhedwch hwn mewn terfynell i&apos;w deipio, neu rhowch {option} - i&apos;w ddarllen o&apos;r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Run this in a terminal to type the answer.</source>
        <translation>Rhedwch hwn mewn terfynell i deipio&apos;r ateb.</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>Safe from</source>
        <translation>Yn ddiogel o</translation>
    </message>
    <message>
        <source>Safe places and ways out</source>
        <translation>Llefydd diogel a ffyrdd allan</translation>
    </message>
    <message>
        <source>Safe times every week</source>
        <translation>Amseroedd diogel bob wythnos</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Diogel i ffonio</translation>
    </message>
    <message>
        <source>Safe to call now until {when}</source>
        <translation>Yn ddiogel i ffonio nawr tan {when}</translation>
    </message>
    <message>
        <source>Safe to post</source>
        <translation>Diogel i bostio</translation>
    </message>
    <message>
        <source>Safe to text</source>
        <translation>Diogel i decstio</translation>
    </message>
    <message>
        <source>Safe to visit</source>
        <translation>Diogel i ymweld</translation>
    </message>
    <message>
        <source>Safe to visit / post</source>
        <translation>Diogel i ymweld / postio</translation>
    </message>
    <message>
        <source>Safe until</source>
        <translation>Yn ddiogel tan</translation>
    </message>
    <message>
        <source>Safety Worker: an encrypted caseload store that works offline.</source>
        <translation>Safety Worker: storfa llwyth achosion wedi&apos;i hamgryptio sy&apos;n gweithio all-lein.</translation>
    </message>
    <message>
        <source>Safety plan: worker copy</source>
        <translation>Cynllun diogelwch: copi&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>Safety steps</source>
        <translation>Camau diogelwch</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Cadwyd gan</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Cadwyd ar</translation>
    </message>
    <message>
        <source>Saved the referral to {name}. Send it securely, then delete it.</source>
        <translation>Cadwyd yr atgyfeiriad yn {name}. Anfonwch ef yn ddiogel, yna dilëwch ef.</translation>
    </message>
    <message>
        <source>Saved version {n} of the plan to {name}. Keep it safe, or delete it once printed.</source>
        <translation>Cadwyd fersiwn {n} o&apos;r cynllun yn {name}. Cadwch hi&apos;n ddiogel, neu dilëwch hi unwaith y caiff ei hargraffu.</translation>
    </message>
    <message>
        <source>Saved version {n} of the safety plan.</source>
        <translation>Cadwyd fersiwn {n} o&apos;r cynllun diogelwch.</translation>
    </message>
    <message>
        <source>Saved: score {score}, level {level}.</source>
        <translation>Wedi&apos;i gadw: sgôr {score}, lefel {level}.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Search for (not shown as you type): </source>
        <translation>Chwilio am (ddim yn cael ei ddangos wrth i chi deipio): </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Seen alone and safely</source>
        <translation>Wedi&apos;u gweld ar eu pen eu hunain ac yn ddiogel</translation>
    </message>
    <message>
        <source>Sent, not yet confirmed</source>
        <translation>Wedi&apos;i anfon, heb ei gadarnhau eto</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Someone else answered, call plan followed</source>
        <translation>Rhywun arall wedi ateb, dilynwyd y cynllun galw</translation>
    </message>
    <message>
        <source>Spoke with them</source>
        <translation>Wedi siarad â nhw</translation>
    </message>
    <message>
        <source>Standard input could not be read ({why}).</source>
        <translation>Nid oedd modd darllen y mewnbwn safonol ({why}).</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Wedi dechrau o</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Still missing from {sender}: bundles {gaps}.</source>
        <translation>Yn dal ar goll gan {sender}: bwndeli {gaps}.</translation>
    </message>
    <message>
        <source>Stopped: no passphrase was given. Nothing was changed.</source>
        <translation>Wedi stopio: ni roddwyd cyfrinymadrodd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Wedi stopio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Stopped: nothing was searched for.</source>
        <translation>Wedi stopio: ni chwiliwyd am ddim.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Storfa</translation>
    </message>
    <message>
        <source>Strong: hard to guess.</source>
        <translation>Cryf: anodd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>That recovery code does not match. Nothing was changed.</source>
        <translation>Dydy&apos;r cod adfer hwnnw ddim yn cyfateb. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That worker already holds this case.</source>
        <translation>Mae&apos;r gweithiwr hwnnw eisoes yn dal yr achos hwn.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact ({kind}).</source>
        <translation>NID yw&apos;r trywydd archwilio&apos;n gyflawn ({kind}).</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact: the problem is at event {seq} ({kind}).</source>
        <translation>NID yw&apos;r trywydd archwilio&apos;n gyflawn: mae&apos;r broblem yn nigwyddiad {seq} ({kind}).</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>Caewyd yr achos.</translation>
    </message>
    <message>
        <source>The checklist &apos;{id}&apos; goes to every laptop with its next bundle.</source>
        <translation>Mae&apos;r rhestr wirio &apos;{id}&apos; yn mynd i bob gliniadur gyda&apos;i fwndel nesaf.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd dim. Rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file written to {path} did not read back the same.</source>
        <translation>Nid oedd y ffeil a ysgrifennwyd i {path} yn darllen yn ôl yr un fath.</translation>
    </message>
    <message>
        <source>The font file {file} is missing or damaged; reinstall the app to print plans</source>
        <translation>Mae&apos;r ffeil ffont {file} ar goll neu wedi&apos;i difrodi; ailosodwch yr ap i argraffu cynlluniau</translation>
    </message>
    <message>
        <source>The key file and the database belong to different stores.</source>
        <translation>Mae&apos;r ffeil allweddi a&apos;r gronfa ddata yn perthyn i storfeydd gwahanol.</translation>
    </message>
    <message>
        <source>The key file asks for key-derivation settings beyond what Safety Worker allows, so it was not used. The file may have been changed; restore it from a backup.</source>
        <translation>Mae&apos;r ffeil allweddi&apos;n gofyn am osodiadau deillio allwedd y tu hwnt i&apos;r hyn mae Safety Worker yn ei ganiatáu, felly ni chafodd ei defnyddio. Efallai fod y ffeil wedi&apos;i newid; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>Mae&apos;r ffeil allweddi wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The key file names an unknown key-derivation method.</source>
        <translation>Mae&apos;r ffeil allweddi&apos;n enwi dull deillio allwedd anhysbys.</translation>
    </message>
    <message>
        <source>The key file&apos;s key-derivation settings are damaged.</source>
        <translation>Mae gosodiadau deillio allwedd y ffeil allweddi wedi&apos;u difrodi.</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit trail does not hold together: an event was changed, removed or moved.</source>
        <translation>Nid yw trywydd archwilio&apos;r gliniadur yn dal at ei gilydd: cafodd digwyddiad ei newid, ei dynnu neu ei symud.</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit trail no longer extends the one in its last bundle: events were changed or replaced.</source>
        <translation>Nid yw trywydd archwilio&apos;r gliniadur bellach yn parhau&apos;r un yn ei fwndel diwethaf: cafodd digwyddiadau eu newid neu eu disodli.</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit trail says it holds events the bundle does not carry.</source>
        <translation>Mae trywydd archwilio&apos;r gliniadur yn dweud ei fod yn dal digwyddiadau nad yw&apos;r bwndel yn eu cario.</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit trail was cut: events written since its last bundle are missing, or an older copy was restored.</source>
        <translation>Cafodd trywydd archwilio&apos;r gliniadur ei dorri: mae digwyddiadau a ysgrifennwyd ers ei fwndel diwethaf ar goll, neu cafodd copi hŷn ei adfer.</translation>
    </message>
    <message>
        <source>The level from the answers stands.</source>
        <translation>Mae&apos;r lefel o&apos;r atebion yn sefyll.</translation>
    </message>
    <message>
        <source>The office could not accept this laptop: the enrolment it was set up with was used by another laptop too, so the enrolment file may have been copied. Call the office. Do not send bundles from this laptop until the office has enrolled you again.</source>
        <translation>Nid oedd y swyddfa&apos;n gallu derbyn y gliniadur hwn: cafodd y cofrestriad a ddefnyddiwyd i&apos;w baratoi ei ddefnyddio gan liniadur arall hefyd, felly efallai fod y ffeil gofrestru wedi&apos;i chopïo. Ffoniwch y swyddfa. Peidiwch ag anfon bwndeli o&apos;r gliniadur hwn nes bydd y swyddfa wedi&apos;ch cofrestru eto.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Newidiwyd y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>The person&apos;s code words are not on a referral: ask the worker.</source>
        <translation>Nid yw geiriau cod y person ar atgyfeiriad: gofynnwch i&apos;r gweithiwr.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>The plan could not be fitted on the page (an entry may be too long to print). Shorten the longest entries and try again.</source>
        <translation>Nid oedd modd ffitio&apos;r cynllun ar y dudalen (efallai fod cofnod yn rhy hir i&apos;w argraffu). Byrhewch y cofnodion hiraf a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The planned contact was cancelled.</source>
        <translation>Canslwyd y cyswllt wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>The printing file {file} is missing from this installation</source>
        <translation>Mae&apos;r ffeil argraffu {file} ar goll o&apos;r gosodiad hwn</translation>
    </message>
    <message>
        <source>The printing file {file} needs correcting at &apos;{where}&apos;: {problem}</source>
        <translation>Mae angen cywiro&apos;r ffeil argraffu {file} yn &apos;{where}&apos;: {problem}</translation>
    </message>
    <message>
        <source>The recovered key does not belong to this store. Nothing was changed.</source>
        <translation>Nid yw&apos;r allwedd a adferwyd yn perthyn i&apos;r storfa hon. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The store folder {folder} cannot be used from this user account: it belongs to another user, or its permissions do not let this account read and write it. Nothing was changed. Open the store from the account that made it, or ask whoever looks after this computer to put the folder&apos;s permissions right.</source>
        <translation>Does dim modd defnyddio ffolder y storfa {folder} o&apos;r cyfrif defnyddiwr hwn: mae&apos;n perthyn i ddefnyddiwr arall, neu dydy ei ganiatâd ddim yn gadael i&apos;r cyfrif hwn ei ddarllen a&apos;i ysgrifennu. Ni newidiwyd dim. Agorwch y storfa o&apos;r cyfrif a&apos;i creodd, neu gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn gywiro caniatâd y ffolder.</translation>
    </message>
    <message>
        <source>The store has a problem (see above).</source>
        <translation>Mae problem gyda&apos;r storfa (gweler uchod).</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>Mae&apos;r storfa&apos;n iach.</translation>
    </message>
    <message>
        <source>The store is in use by another Safety Worker window or command. Close it and try again.</source>
        <translation>Mae&apos;r storfa&apos;n cael ei defnyddio gan ffenestr neu orchymyn Safety Worker arall. Caewch hwnnw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is missing.</source>
        <translation>Mae ffeil cronfa ddata&apos;r storfa ar goll.</translation>
    </message>
    <message>
        <source>The store&apos;s database is damaged or incomplete, so it cannot be read. Nothing was changed. Restore it from a backup or ask the office for help.</source>
        <translation>Mae cronfa ddata&apos;r storfa wedi&apos;i difrodi neu&apos;n anghyflawn, felly does dim modd ei darllen. Ni newidiwyd dim. Adferwch hi o gopi wrth gefn neu gofynnwch i&apos;r swyddfa am help.</translation>
    </message>
    <message>
        <source>The store&apos;s database is incomplete (it looks cut short), so it cannot be read. Nothing was changed. Restore it from a backup or ask the office for help.</source>
        <translation>Mae cronfa ddata&apos;r storfa&apos;n anghyflawn (mae&apos;n edrych fel petai wedi&apos;i thorri&apos;n fyr), felly does dim modd ei darllen. Ni newidiwyd dim. Adferwch hi o gopi wrth gefn neu gofynnwch i&apos;r swyddfa am help.</translation>
    </message>
    <message>
        <source>The store&apos;s files could not be read or written (check the disk and its permissions).</source>
        <translation>Nid oedd modd darllen nac ysgrifennu ffeiliau&apos;r storfa (gwiriwch y ddisg a&apos;i chaniatâd).</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged or from an unknown version.</source>
        <translation>Mae ffeil allweddi&apos;r storfa wedi&apos;i difrodi neu o fersiwn anhysbys.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged, so the store cannot be opened.</source>
        <translation>Mae ffeil allweddi&apos;r storfa wedi&apos;i difrodi, felly does dim modd agor y storfa.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is missing a key slot.</source>
        <translation>Mae slot allwedd ar goll o ffeil allweddi&apos;r storfa.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is missing, so the store cannot be opened.</source>
        <translation>Mae ffeil allweddi&apos;r storfa ar goll, felly does dim modd agor y storfa.</translation>
    </message>
    <message>
        <source>The store&apos;s time zone &apos;{name}&apos; is not known.</source>
        <translation>Nid yw cylchfa amser y storfa &apos;{name}&apos; yn hysbys.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The worker copy is printed in English; --lang applies to the person&apos;s copy and the card.</source>
        <translation>Mae copi&apos;r gweithiwr yn cael ei argraffu yn Saesneg; mae --lang yn berthnasol i gopi&apos;r person a&apos;r cerdyn.</translation>
    </message>
    <message>
        <source>The worker&apos;s professional judgement</source>
        <translation>Barn broffesiynol y gweithiwr</translation>
    </message>
    <message>
        <source>Their views</source>
        <translation>Eu barn</translation>
    </message>
    <message>
        <source>Then confirm the laptop: safetyworker office confirm {id} followed by the six words the worker reads to you from their laptop.</source>
        <translation>Yna cadarnhewch y gliniadur: safetyworker office confirm {id} ac yna&apos;r chwe gair mae&apos;r gweithiwr yn eu darllen i chi o&apos;u gliniadur.</translation>
    </message>
    <message>
        <source>There is no case with the id {id}.</source>
        <translation>Does dim achos gyda&apos;r id {id}.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Does dim ffeil {name}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Does dim ffeil {path}.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write {name} in.</source>
        <translation>Does dim ffolder {folder} i ysgrifennu {name} ynddo.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Make it first, or give a file name.</source>
        <translation>Does dim ffolder {folder}. Gwnewch ef yn gyntaf, neu rhowch enw ffeil.</translation>
    </message>
    <message>
        <source>There is no folder {name}.</source>
        <translation>Does dim ffolder {name}.</translation>
    </message>
    <message>
        <source>There is no number that is safe to call.</source>
        <translation>Does dim rhif sy&apos;n ddiogel i&apos;w ffonio.</translation>
    </message>
    <message>
        <source>There is no planned contact with the id {id}.</source>
        <translation>Does dim cyswllt wedi&apos;i gynllunio gyda&apos;r id {id}.</translation>
    </message>
    <message>
        <source>There is no store in {folder}.</source>
        <translation>Does dim storfa yn {folder}.</translation>
    </message>
    <message>
        <source>There is no store in {folder}. Create one with &apos;safetyworker init&apos;.</source>
        <translation>Does dim storfa yn {folder}. Crëwch un gyda &apos;safetyworker init&apos;.</translation>
    </message>
    <message>
        <source>These words do not match the laptop whose bundle is waiting for {name}. Nothing was changed. Ask {name} to read the words again from their own screen. If they still differ, that bundle came from another laptop and {name}&apos;s enrolment file may have been copied: do not confirm it.</source>
        <translation>Dydy&apos;r geiriau hyn ddim yn cyfateb i&apos;r gliniadur y mae ei fwndel yn aros am {name}. Ni newidiwyd dim. Gofynnwch i {name} ddarllen y geiriau eto o&apos;u sgrin eu hunain. Os ydyn nhw&apos;n dal yn wahanol, daeth y bwndel hwnnw o liniadur arall ac efallai fod ffeil gofrestru {name} wedi&apos;i chopïo: peidiwch â&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption; refusing to use it.</source>
        <translation>Does gan y llyfrgell SQLite hon ddim amgryptio; yn gwrthod ei defnyddio.</translation>
    </message>
    <message>
        <source>This assessment calls for a MARAC referral.</source>
        <translation>Mae&apos;r asesiad hwn yn galw am atgyfeiriad MARAC.</translation>
    </message>
    <message>
        <source>This case has no referral {id}.</source>
        <translation>Does gan yr achos hwn ddim atgyfeiriad {id}.</translation>
    </message>
    <message>
        <source>This case has no risk assessment yet.</source>
        <translation>Does gan yr achos hwn ddim asesiad risg eto.</translation>
    </message>
    <message>
        <source>This case has no risk assessment {n}.</source>
        <translation>Does gan yr achos hwn ddim asesiad risg {n}.</translation>
    </message>
    <message>
        <source>This case has no safety plan version {n}.</source>
        <translation>Does gan yr achos hwn ddim fersiwn {n} o&apos;r cynllun diogelwch.</translation>
    </message>
    <message>
        <source>This case has no safety plan yet.</source>
        <translation>Does gan yr achos hwn ddim cynllun diogelwch eto.</translation>
    </message>
    <message>
        <source>This is a worker&apos;s store; that command is for the office store.</source>
        <translation>Storfa gweithiwr yw hon; mae&apos;r gorchymyn hwnnw ar gyfer storfa&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite file, not a Safety Worker store. It was not opened or changed.</source>
        <translation>Ffeil SQLite heb ei hamgryptio yw hon, nid storfa Safety Worker. Ni chafodd ei hagor na&apos;i newid.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Y gliniadur hwn</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with an office.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi cofrestru gyda swyddfa.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: {words}</source>
        <translation>Olion bysedd y gliniadur hwn: {words}</translation>
    </message>
    <message>
        <source>This laptop&apos;s keyring could not keep the caseload&apos;s secret. You can keep it in a file beside the caseload instead (reduced protection), or open with your passphrase alone this time.</source>
        <translation>Nid oedd cylch allweddi&apos;r gliniadur hwn yn gallu cadw cyfrinach y llwyth achosion. Gallwch ei chadw mewn ffeil wrth ymyl y llwyth achosion yn lle hynny (llai o ddiogelwch), neu agor gyda&apos;ch cyfrinymadrodd yn unig y tro hwn.</translation>
    </message>
    <message>
        <source>This laptop&apos;s keyring did not answer, so the caseload&apos;s secret could not be read. Try again in a moment, or open with your passphrase alone this time.</source>
        <translation>Ni atebodd cylch allweddi&apos;r gliniadur hwn, felly nid oedd modd darllen cyfrinach y llwyth achosion. Rhowch gynnig arall arni mewn munud, neu agorwch gyda&apos;ch cyfrinymadrodd yn unig y tro hwn.</translation>
    </message>
    <message>
        <source>This laptop&apos;s keyring is locked or did not answer, so it could not keep the new caseload&apos;s secret. Unlock the keyring and try again, or keep the secret in a file beside the caseload instead (reduced protection).</source>
        <translation>Mae cylch allweddi&apos;r gliniadur hwn wedi&apos;i gloi neu ni atebodd, felly nid oedd modd cadw cyfrinach y llwyth achosion newydd. Datglowch y cylch allweddi a rhowch gynnig arall arni, neu cadwch y gyfrinach mewn ffeil wrth ymyl y llwyth achosion yn lle hynny (llai o ddiogelwch).</translation>
    </message>
    <message>
        <source>This laptop&apos;s keyring is locked, so the caseload&apos;s secret could not be read. Unlock the keyring (or sign in to the desktop again) and try again, or open with your passphrase alone this time.</source>
        <translation>Mae cylch allweddi&apos;r gliniadur hwn wedi&apos;i gloi, felly nid oedd modd darllen cyfrinach y llwyth achosion. Datglowch y cylch allweddi (neu mewngofnodwch i&apos;r bwrdd gwaith eto) a rhowch gynnig arall arni, neu agorwch gyda&apos;ch cyfrinymadrodd yn unig y tro hwn.</translation>
    </message>
    <message>
        <source>This laptop&apos;s words</source>
        <translation>Geiriau&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>This level calls for a MARAC referral: see `safetyworker risk referral`.</source>
        <translation>Mae&apos;r lefel hon yn galw am atgyfeiriad MARAC: gweler `safetyworker risk referral`.</translation>
    </message>
    <message>
        <source>This number is not safe to call</source>
        <translation>Nid yw&apos;r rhif hwn yn ddiogel i&apos;w ffonio</translation>
    </message>
    <message>
        <source>This store has no office recovery slot (it was not set up from an office enrolment file).</source>
        <translation>Does gan y storfa hon ddim slot adfer y swyddfa (ni chafodd ei pharatoi o ffeil gofrestru&apos;r swyddfa).</translation>
    </message>
    <message>
        <source>This store is not enrolled with an office. Set it up from an office enrolment file (init --enrol).</source>
        <translation>Nid yw&apos;r storfa hon wedi cofrestru gyda swyddfa. Paratowch hi o ffeil gofrestru&apos;r swyddfa (init --enrol).</translation>
    </message>
    <message>
        <source>This store is not set up to sync (not an office store, and not enrolled).</source>
        <translation>Nid yw&apos;r storfa hon wedi&apos;i pharatoi i gysoni (nid storfa swyddfa mohoni, ac nid yw wedi cofrestru).</translation>
    </message>
    <message>
        <source>This store was made by a newer version of Safety Worker. Update the app to open it.</source>
        <translation>Cafodd y storfa hon ei gwneud gan fersiwn mwy newydd o Safety Worker. Diweddarwch yr ap i&apos;w hagor.</translation>
    </message>
    <message>
        <source>This store was made with test settings that do not protect data, so it will not be opened.</source>
        <translation>Cafodd y storfa hon ei gwneud gyda gosodiadau prawf nad ydynt yn diogelu data, felly ni fydd yn cael ei hagor.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Too easy to guess{why}. Try three or four unrelated words.</source>
        <translation>Rhy hawdd ei ddyfalu{why}. Rhowch gynnig ar dri neu bedwar gair digyswllt.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters. A few unrelated words are easy to remember.</source>
        <translation>Rhy fyr: defnyddiwch o leiaf {n} nod. Mae ychydig o eiriau digyswllt yn hawdd eu cofio.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Try: safetyworker --store {folder} case list</source>
        <translation>Rhowch gynnig ar: safetyworker --store {folder} case list</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Value no form accepts</source>
        <translation>Gwerth nad yw unrhyw ffurflen yn ei dderbyn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Version {n}, saved {when} by {author}</source>
        <translation>Fersiwn {n}, cadwyd {when} gan {author}</translation>
    </message>
    <message>
        <source>Visit or meeting done</source>
        <translation>Ymweliad neu gyfarfod wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Voicemail allowed</source>
        <translation>Caniateir neges llais</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>RHYBUDD</translation>
    </message>
    <message>
        <source>WARNING: the bundle from {sender}&apos;s laptop shows a problem with its audit trail. {problem} The changes were imported and what the office saw before is kept: safetyworker audit list --worker-trail ID</source>
        <translation>RHYBUDD: mae&apos;r bwndel o liniadur {sender} yn dangos problem gyda&apos;i drywydd archwilio. {problem} Cafodd y newidiadau eu mewnforio ac mae&apos;r hyn a welodd y swyddfa o&apos;r blaen yn cael ei gadw: safetyworker audit list --worker-trail ID</translation>
    </message>
    <message>
        <source>WORKER ONLY</source>
        <translation>GWEITHIWR YN UNIG</translation>
    </message>
    <message>
        <source>Waiting for the office to confirm {name}&apos;s laptop&apos;s words.</source>
        <translation>Yn aros i&apos;r swyddfa gadarnhau geiriau gliniadur {name}.</translation>
    </message>
    <message>
        <source>add a note to a case (append-only)</source>
        <translation>ychwanegu nodyn at achos (ychwanegu yn unig)</translation>
    </message>
    <message>
        <source>add a note, or a correction of one, to a case</source>
        <translation>ychwanegu nodyn, neu gywiriad i un, at achos</translation>
    </message>
    <message>
        <source>give the id of the entry this one corrects</source>
        <translation>rhowch id y cofnod y mae hwn yn ei gywiro</translation>
    </message>
    <message>
        <source>is already open as case {id} ({how}); it was not added again. If this is another person, {allow}</source>
        <translation>mae eisoes ar agor fel achos {id} ({how}); ni chafodd ei ychwanegu eto. Os yw hwn yn berson arall, {allow}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>rhaid iddo fod yn rhif cyfan o {low} i {high}</translation>
    </message>
    <message>
        <source>no such setting; the settings are: {names}</source>
        <translation>does dim gosodiad o&apos;r enw hwnnw; y gosodiadau yw: {names}</translation>
    </message>
    <message>
        <source>say one of: {words}</source>
        <translation>dywedwch un o: {words}</translation>
    </message>
    <message>
        <source>the day it was done, DD/MM/YYYY (default: today)</source>
        <translation>y diwrnod y cafodd ei wneud, DD/MM/BBBB (diofyn: heddiw)</translation>
    </message>
    <message>
        <source>the day, DD/MM/YYYY (default: today)</source>
        <translation>y diwrnod, DD/MM/BBBB (diofyn: heddiw)</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>y nodyn</translation>
    </message>
    <message>
        <source>the note this one corrects</source>
        <translation>y nodyn y mae hwn yn ei gywiro</translation>
    </message>
    <message>
        <source>the organisation&apos;s settings must be a JSON object</source>
        <translation>rhaid i osodiadau&apos;r sefydliad fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>defnyddiwch lythrennau bach, digidau, &apos;_&apos; a &apos;-&apos; yn unig</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos; only (for example &apos;high&apos;)</source>
        <translation>defnyddiwch lythrennau bach, digidau, &apos;_&apos; a &apos;-&apos; yn unig (er enghraifft &apos;high&apos;)</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos; only (for example &apos;practice-14&apos;)</source>
        <translation>defnyddiwch lythrennau bach, digidau, &apos;_&apos; a &apos;-&apos; yn unig (er enghraifft &apos;practice-14&apos;)</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos; only (for example &apos;{e}&apos;)</source>
        <translation>defnyddiwch lythrennau bach, digidau, &apos;_&apos; a &apos;-&apos; yn unig (er enghraifft &apos;{e}&apos;)</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Roedd yn ddyledus</translation>
    </message>
    <message numerus="yes">
        <source> · {n} working days late</source>
        <translation>
            <numerusform> · {n} diwrnod gwaith yn hwyr</numerusform>
            <numerusform> · {n} diwrnod gwaith yn hwyr</numerusform>
            <numerusform> · {n} diwrnod gwaith yn hwyr</numerusform>
            <numerusform> · {n} diwrnod gwaith yn hwyr</numerusform>
            <numerusform> · {n} diwrnod gwaith yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;-&apos; is not a file name: give the name of the file to write (nothing is written to the screen)</source>
        <translation>Nid yw &apos;-&apos; yn enw ffeil: rhowch enw&apos;r ffeil i&apos;w hysgrifennu (nid oes dim yn cael ei ysgrifennu i&apos;r sgrin)</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of support; use: {kinds}</source>
        <translation>Nid yw &apos;{kind}&apos; yn fath o gymorth; defnyddiwch: {kinds}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (write it like {example})</source>
        <translation>Nid yw &apos;{value}&apos; yn ddyddiad ac amser (ysgrifennwch ef fel {example})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>nid yw &apos;{value}&apos; yn rhif cyfan</translation>
    </message>
    <message>
        <source>(a contact no longer listed)</source>
        <translation>(cyswllt nad yw ar y rhestr mwyach)</translation>
    </message>
    <message>
        <source>(corrects an earlier entry)</source>
        <translation>(yn cywiro cofnod cynharach)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(heb ei enwi)</translation>
    </message>
    <message>
        <source>, to {to}</source>
        <translation>, i {to}</translation>
    </message>
    <message>
        <source>--yes-replace-store goes with --replace. Nothing was changed.</source>
        <translation>Mae --yes-replace-store yn mynd gyda --replace. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A laptop&apos;s audit trail was cut or rewritten</source>
        <translation>Cafodd trywydd archwilio gliniadur ei dorri neu ei ailysgrifennu</translation>
    </message>
    <message>
        <source>A store already exists in {folder}. To replace it, run this in a terminal and type &apos;{word}&apos; when asked, or add --yes-replace-store in a script. Nothing was changed.</source>
        <translation>Mae storfa eisoes yn {folder}. I&apos;w disodli, rhedwch hyn mewn terfynell a theipiwch &apos;{word}&apos; pan ofynnir, neu ychwanegwch --yes-replace-store mewn sgript. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A store already exists in {folder}; it was left as it is. Restore into a new or empty folder, or replace it on purpose (see &apos;safetyworker restore --help&apos;).</source>
        <translation>Mae storfa eisoes yn {folder}; cafodd ei gadael fel y mae. Adferwch i ffolder newydd neu wag, neu disodlwch hi yn fwriadol (gweler &apos;safetyworker restore --help&apos;).</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Action due {date}: {what} ({id})</source>
        <translation>Cam erbyn {date}: {what} ({id})</translation>
    </message>
    <message>
        <source>Action marked done</source>
        <translation>Cam gweithredu wedi&apos;i nodi&apos;n gyflawn</translation>
    </message>
    <message>
        <source>Actions due in the period</source>
        <translation>Camau sy&apos;n ddyledus yn y cyfnod</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Camau sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Added to the safety plan (version {v}).</source>
        <translation>Ychwanegwyd at y cynllun diogelwch (fersiwn {v}).</translation>
    </message>
    <message>
        <source>Added {a}, updated {u}, unchanged {n}.</source>
        <translation>Ychwanegwyd {a}, diweddarwyd {u}, heb newid {n}.</translation>
    </message>
    <message>
        <source>Agency added</source>
        <translation>Asiantaeth wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>Agency changed</source>
        <translation>Asiantaeth wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Agency contacts linked</source>
        <translation>Cysylltiadau asiantaeth wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>Assessment {n}, done {when}</source>
        <translation>Asesiad {n}, wedi&apos;i wneud {when}</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Allforiwyd y trywydd archwilio</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Darllenwyd y trywydd archwilio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Back by</source>
        <translation>Yn ôl erbyn</translation>
    </message>
    <message>
        <source>Back in touch</source>
        <translation>Yn ôl mewn cysylltiad</translation>
    </message>
    <message>
        <source>Back in touch by</source>
        <translation>Yn ôl mewn cysylltiad erbyn</translation>
    </message>
    <message>
        <source>Back safe</source>
        <translation>Yn ôl yn ddiogel</translation>
    </message>
    <message>
        <source>Back safe after a visit</source>
        <translation>Yn ôl yn ddiogel ar ôl ymweliad</translation>
    </message>
    <message>
        <source>Back safe at {time}. Thank you.</source>
        <translation>Yn ôl yn ddiogel am {time}. Diolch.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Ysgrifennwyd copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Copi wrth gefn wedi&apos;i ysgrifennu a&apos;i wirio: {path}</translation>
    </message>
    <message>
        <source>Benefits and money</source>
        <translation>Budd-daliadau ac arian</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Mewnforiwyd bwndel</translation>
    </message>
    <message>
        <source>Bundle made</source>
        <translation>Gwnaed bwndel</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Gwrthodwyd bwndel</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Yn ôl dull</translation>
    </message>
    <message>
        <source>By kind of support</source>
        <translation>Yn ôl math o gymorth</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>Yn ôl gweithiwr</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — keep secure, shred when the day is over</source>
        <translation>CYFRINACHOL — cadwch yn ddiogel, rhwygwch pan fydd y diwrnod drosodd</translation>
    </message>
    <message>
        <source>Call card shown</source>
        <translation>Dangoswyd y cerdyn galw</translation>
    </message>
    <message>
        <source>Call safety checked</source>
        <translation>Gwiriwyd diogelwch yr alwad</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Wedi&apos;i ganslo: {reason}</translation>
    </message>
    <message>
        <source>Case added</source>
        <translation>Ychwanegwyd achos</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Newidiwyd achos</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caewyd achos</translation>
    </message>
    <message>
        <source>Case erased</source>
        <translation>Dilëwyd achos</translation>
    </message>
    <message>
        <source>Case given to a worker</source>
        <translation>Rhoddwyd achos i weithiwr</translation>
    </message>
    <message>
        <source>Case imported from a spreadsheet</source>
        <translation>Mewnforiwyd achos o daenlen</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Agorwyd achos</translation>
    </message>
    <message>
        <source>Caseload listed</source>
        <translation>Rhestrwyd y llwyth achosion</translation>
    </message>
    <message>
        <source>Caseload searched</source>
        <translation>Chwiliwyd y llwyth achosion</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Achosion yn ôl statws</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Achosion a gaewyd</translation>
    </message>
    <message>
        <source>Changed: {fields}.</source>
        <translation>Newidiwyd: {fields}.</translation>
    </message>
    <message>
        <source>Check the person causing harm will not be there, and that the time is safe.</source>
        <translation>Gwiriwch na fydd y person sy&apos;n achosi niwed yno, a bod yr amser yn ddiogel.</translation>
    </message>
    <message>
        <source>Child {n}</source>
        <translation>Plentyn {n}</translation>
    </message>
    <message>
        <source>Children and schools</source>
        <translation>Plant ac ysgolion</translation>
    </message>
    <message>
        <source>Children&apos;s services</source>
        <translation>Gwasanaethau plant</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are erased {n} years after they were closed ({source}).</source>
        <translation>
            <numerusform>Caiff achosion sydd ar gau eu dileu {n} o flynyddoedd ar ôl iddyn nhw gau ({source}).</numerusform>
            <numerusform>Caiff achosion sydd ar gau eu dileu {n} flwyddyn ar ôl iddyn nhw gau ({source}).</numerusform>
            <numerusform>Caiff achosion sydd ar gau eu dileu {n} o flynyddoedd ar ôl iddyn nhw gau ({source}).</numerusform>
            <numerusform>Caiff achosion sydd ar gau eu dileu {n} o flynyddoedd ar ôl iddyn nhw gau ({source}).</numerusform>
            <numerusform>Caiff achosion sydd ar gau eu dileu {n} o flynyddoedd ar ôl iddyn nhw gau ({source}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Caewyd ar</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Datryswyd gwrthdaro</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Caniatâd wedi&apos;i roi ar</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Cofnod cyswllt</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Cofnodwyd cyswllt</translation>
    </message>
    <message>
        <source>Contact planned</source>
        <translation>Cynlluniwyd cyswllt</translation>
    </message>
    <message>
        <source>Contacts attempted</source>
        <translation>Cysylltiadau a geisiwyd</translation>
    </message>
    <message>
        <source>Contacts overdue</source>
        <translation>Cysylltiadau sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Contacts that reached the person</source>
        <translation>Cysylltiadau a gyrhaeddodd yr unigolyn</translation>
    </message>
    <message>
        <source>Core dumps</source>
        <translation>Tomenni cof (core dumps)</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylyn</translation>
    </message>
    <message>
        <source>Details about other people (the person causing harm, your children, anyone else who may answer your phone) are left out and marked {mark}, wherever they appear.</source>
        <translation>Mae manylion am bobl eraill (y person sy&apos;n achosi niwed, eich plant, unrhyw un arall a allai ateb eich ffôn) wedi&apos;u gadael allan a&apos;u marcio {mark}, lle bynnag maen nhw&apos;n ymddangos.</translation>
    </message>
    <message>
        <source>Directory entry added</source>
        <translation>Cofnod cyfeiriadur wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Directory entry changed</source>
        <translation>Cofnod cyfeiriadur wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Directory entry removed</source>
        <translation>Cofnod cyfeiriadur wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Directory imported</source>
        <translation>Cyfeiriadur wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Disk of the store folder</source>
        <translation>Disg ffolder y storfa</translation>
    </message>
    <message>
        <source>Done by the day due</source>
        <translation>Wedi&apos;u gwneud erbyn y diwrnod dyledus</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Wedi&apos;u gwneud yn hwyr</translation>
    </message>
    <message>
        <source>Each time your record was made, opened, changed, printed or copied, from the audit trail.</source>
        <translation>Bob tro y cafodd eich cofnod ei wneud, ei agor, ei newid, ei argraffu neu ei gopïo, o&apos;r trywydd archwilio.</translation>
    </message>
    <message>
        <source>Emotional support</source>
        <translation>Cymorth emosiynol</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn gorffen</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Enrolment withdrawn</source>
        <translation>Tynnwyd y cofrestriad yn ôl</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Erased under the retention schedule</source>
        <translation>Wedi&apos;i ddileu o dan yr amserlen gadw</translation>
    </message>
    <message>
        <source>Event {seq} is out of order: it was written after event {other}, which now comes later.</source>
        <translation>Mae digwyddiad {seq} allan o drefn: cafodd ei ysgrifennu ar ôl digwyddiad {other}, sydd bellach yn dod yn hwyrach.</translation>
    </message>
    <message>
        <source>Event {seq} was changed after it was written.</source>
        <translation>Cafodd digwyddiad {seq} ei newid ar ôl iddo gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Event {seq} was changed and its hash made again, so the event after it no longer follows it.</source>
        <translation>Cafodd digwyddiad {seq} ei newid a gwnaed ei stwnsh eto, felly nid yw&apos;r digwyddiad ar ei ôl yn ei ddilyn mwyach.</translation>
    </message>
    <message>
        <source>Event {seq} was put into the trail afterwards: event {next} follows event {before}.</source>
        <translation>Rhoddwyd digwyddiad {seq} yn y trywydd wedyn: mae digwyddiad {next} yn dilyn digwyddiad {before}.</translation>
    </message>
    <message>
        <source>Events are missing before event {seq}: it does not follow event {prev}.</source>
        <translation>Mae digwyddiadau ar goll cyn digwyddiad {seq}: nid yw&apos;n dilyn digwyddiad {prev}.</translation>
    </message>
    <message>
        <source>Events are missing from the start of the trail, before event {seq}.</source>
        <translation>Mae digwyddiadau ar goll o ddechrau&apos;r trywydd, cyn digwyddiad {seq}.</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>First contact before the programme started</source>
        <translation>Cysylltiad cyntaf cyn i&apos;r rhaglen ddechrau</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Helplines list changed</source>
        <translation>Newidiwyd y rhestr llinellau cymorth</translation>
    </message>
    <message>
        <source>Home address on record</source>
        <translation>Cyfeiriad cartref ar y cofnod</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>How we contact you</source>
        <translation>Sut rydym yn cysylltu â chi</translation>
    </message>
    <message>
        <source>If the worker has not been in touch by the time in the &apos;Back in touch by&apos; column, ring them. Tick the last column when they are back in touch.</source>
        <translation>Os nad yw&apos;r gweithiwr wedi cysylltu erbyn yr amser yn y golofn &apos;Yn ôl mewn cysylltiad erbyn&apos;, ffoniwch nhw. Ticiwch y golofn olaf pan fyddan nhw&apos;n ôl mewn cysylltiad.</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Mewnfudo</translation>
    </message>
    <message numerus="yes">
        <source>Imported {n} cases.</source>
        <translation>
            <numerusform>Mewnforiwyd {n} achos.</numerusform>
            <numerusform>Mewnforiwyd {n} achos.</numerusform>
            <numerusform>Mewnforiwyd {n} achos.</numerusform>
            <numerusform>Mewnforiwyd {n} achos.</numerusform>
            <numerusform>Mewnforiwyd {n} achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: {totals}</source>
        <translation>I gyd: {totals}</translation>
    </message>
    <message>
        <source>Inform contacts made within the set working days</source>
        <translation>Cysylltiadau rhoi gwybod a wnaed o fewn y diwrnodau gwaith a osodwyd</translation>
    </message>
    <message>
        <source>Information sharing recorded</source>
        <translation>Rhannu gwybodaeth wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>It holds the person&apos;s address, numbers and code words: give it to them safely, then delete it.</source>
        <translation>Mae&apos;n dal cyfeiriad, rhifau a geiriau cod y person: rhowch ef iddynt yn ddiogel, yna dilëwch ef.</translation>
    </message>
    <message>
        <source>It opens with this store&apos;s passphrase as it is today; keep the passphrase safe, apart from the backup.</source>
        <translation>Mae&apos;n agor gyda chyfrinymadrodd y storfa fel y mae heddiw; cadwch y cyfrinymadrodd yn ddiogel, ar wahân i&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>Kept for now:</source>
        <translation>Wedi&apos;u cadw am y tro:</translation>
    </message>
    <message>
        <source>LGBT+ people</source>
        <translation>Pobl LHDT+</translation>
    </message>
    <message>
        <source>Laptop enrolled</source>
        <translation>Cofrestrwyd y gliniadur</translation>
    </message>
    <message>
        <source>Laptop&apos;s first bundle held until its words are confirmed</source>
        <translation>Daliwyd bwndel cyntaf y gliniadur nes cadarnhau ei eiriau</translation>
    </message>
    <message>
        <source>Laptop&apos;s words confirmed</source>
        <translation>Cadarnhawyd geiriau&apos;r gliniadur</translation>
    </message>
    <message>
        <source>Left out (--skip-unmatched):</source>
        <translation>Wedi&apos;u gadael allan (--skip-unmatched):</translation>
    </message>
    <message>
        <source>Legal and court</source>
        <translation>Cyfreithiol a llys</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>MARAC coordinator</source>
        <translation>Cydlynydd MARAC</translation>
    </message>
    <message>
        <source>MARAC outcome recorded</source>
        <translation>Cofnodwyd canlyniad MARAC</translation>
    </message>
    <message>
        <source>MARAC referral previewed</source>
        <translation>Rhagolwg o atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>MARAC referral recorded</source>
        <translation>Cofnodwyd atgyfeiriad MARAC</translation>
    </message>
    <message>
        <source>MARAC referral saved as PDF</source>
        <translation>Cadwyd atgyfeiriad MARAC fel PDF</translation>
    </message>
    <message>
        <source>MARAC referrals</source>
        <translation>Atgyfeiriadau MARAC</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>Marked as checked today.</source>
        <translation>Wedi&apos;i nodi fel un a wiriwyd heddiw.</translation>
    </message>
    <message>
        <source>Marked done on {date}.</source>
        <translation>Marciwyd wedi&apos;i wneud ar {date}.</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Dynion</translation>
    </message>
    <message>
        <source>NOT encrypted: the service&apos;s device policy should encrypt it (docs/threat-model.md)</source>
        <translation>HEB ei amgryptio: dylai polisi dyfeisiau&apos;r gwasanaeth ei amgryptio (docs/threat-model.md)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Dim camau.</translation>
    </message>
    <message>
        <source>No agencies yet: the office adds them with `safetyworker agency add FILE`.</source>
        <translation>Dim asiantaethau eto: mae&apos;r swyddfa&apos;n eu hychwanegu gyda `safetyworker agency add FILE`.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Dim cofnodion.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Dim digwyddiadau.</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Dim camau agored.</translation>
    </message>
    <message>
        <source>No risk assessment yet.</source>
        <translation>Dim asesiad risg eto.</translation>
    </message>
    <message>
        <source>No visit {id}.</source>
        <translation>Dim ymweliad {id}.</translation>
    </message>
    <message>
        <source>No visits planned.</source>
        <translation>Dim ymweliadau wedi&apos;u cynllunio.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Heb eu gwneud</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Not replaced: nothing was changed.</source>
        <translation>Heb ei disodli: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Ychwanegwyd nodyn</translation>
    </message>
    <message>
        <source>Nothing is due to be removed.</source>
        <translation>Does dim i&apos;w ddileu.</translation>
    </message>
    <message>
        <source>Nothing shared or received is recorded for this case.</source>
        <translation>Does dim wedi&apos;i rannu na&apos;i dderbyn wedi&apos;i gofnodi ar gyfer yr achos hwn.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the rows above and import the file again.</source>
        <translation>Ni newidiwyd dim: cywirwch y rhesi uchod a mewnforiwch y ffeil eto.</translation>
    </message>
    <message>
        <source>Nothing was changed: record the reference on the right person causing harm, or import with --skip-unmatched to apply the other rows.</source>
        <translation>Ni newidiwyd dim: cofnodwch y cyfeirnod ar y person cywir sy&apos;n achosi niwed, neu mewnforiwch gyda --skip-unmatched i gymhwyso&apos;r rhesi eraill.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {n} rows need correcting (or use --skip-bad).</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes (neu defnyddiwch --skip-bad).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes (neu defnyddiwch --skip-bad).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes (neu defnyddiwch --skip-bad).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes (neu defnyddiwch --skip-bad).</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes (neu defnyddiwch --skip-bad).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {n} rows need correcting.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes.</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes.</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes.</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes.</numerusform>
            <numerusform>Ni fewnforiwyd dim: mae angen cywiro {n} rhes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice made for a refused laptop</source>
        <translation>Gwnaed hysbysiad i liniadur a wrthodwyd</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>Office set up</source>
        <translation>Sefydlwyd y swyddfa</translation>
    </message>
    <message>
        <source>Older backups removed (keeping the newest ones): {n}</source>
        <translation>Copïau wrth gefn hŷn wedi&apos;u tynnu (gan gadw&apos;r rhai mwyaf newydd): {n}</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Pobl hŷn</translation>
    </message>
    <message>
        <source>One enrolment used by two laptops</source>
        <translation>Defnyddiwyd un cofrestriad gan ddau liniadur</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Camau agored</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Open cases by risk level</source>
        <translation>Achosion agored yn ôl lefel risg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Other people&apos;s details are included. Reason recorded: {reason}</source>
        <translation>Mae manylion pobl eraill wedi&apos;u cynnwys. Y rheswm a gofnodwyd: {reason}</translation>
    </message>
    <message>
        <source>Other people&apos;s details are included; the reason is kept with the case.</source>
        <translation>Mae manylion pobl eraill wedi&apos;u cynnwys; caiff y rheswm ei gadw gyda&apos;r achos.</translation>
    </message>
    <message>
        <source>Other people&apos;s details are withheld and marked.</source>
        <translation>Mae manylion pobl eraill wedi&apos;u dal yn ôl a&apos;u marcio.</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Rhesymau eraill</translation>
    </message>
    <message>
        <source>Overdue, by who passes it on</source>
        <translation>Hwyr, yn ôl pwy sy&apos;n ei drosglwyddo</translation>
    </message>
    <message>
        <source>Passphrase recovery answered</source>
        <translation>Atebwyd cais i adfer cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Planned again: the {kind} contact due {due}.</source>
        <translation>Wedi&apos;i gynllunio eto: y cyswllt {kind} sy&apos;n ddyledus {due}.</translation>
    </message>
    <message>
        <source>Planned contact cancelled</source>
        <translation>Canslwyd cyswllt wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Planned contacts</source>
        <translation>Cysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>Police domestic abuse or public protection unit</source>
        <translation>Uned cam-drin domestig neu amddiffyn y cyhoedd yr heddlu</translation>
    </message>
    <message>
        <source>Probation delivery unit</source>
        <translation>Uned gyflawni&apos;r gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Probation update applied</source>
        <translation>Diweddariad prawf wedi&apos;i gymhwyso</translation>
    </message>
    <message>
        <source>Probation updates imported</source>
        <translation>Diweddariadau prawf wedi&apos;u mewnforio</translation>
    </message>
    <message>
        <source>Programme team</source>
        <translation>Tîm y rhaglen</translation>
    </message>
    <message>
        <source>Reasons for closing</source>
        <translation>Rhesymau dros gau</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Derbyniwyd gan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Recorded: {id}</source>
        <translation>Cofnodwyd: {id}</translation>
    </message>
    <message>
        <source>Referrals in</source>
        <translation>Atgyfeiriadau i mewn</translation>
    </message>
    <message>
        <source>Referrals to a MARAC (a meeting of agencies about safety)</source>
        <translation>Atgyfeiriadau i MARAC (cyfarfod o asiantaethau am ddiogelwch)</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Release contact</source>
        <translation>Cyswllt rhyddhau</translation>
    </message>
    <message>
        <source>Removed from the directory.</source>
        <translation>Tynnwyd o&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Wedi&apos;u dileu:</translation>
    </message>
    <message>
        <source>Report saved as CSV</source>
        <translation>Adroddiad wedi&apos;i gadw fel CSV</translation>
    </message>
    <message>
        <source>Report: {name}, {period}</source>
        <translation>Adroddiad: {name}, {period}</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Adferwyd o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Retention run</source>
        <translation>Rhedwyd y drefn gadw</translation>
    </message>
    <message>
        <source>Review of</source>
        <translation>Adolygiad o</translation>
    </message>
    <message>
        <source>Risk assessment added</source>
        <translation>Ychwanegwyd asesiad risg</translation>
    </message>
    <message>
        <source>Risk assessment form changed</source>
        <translation>Newidiwyd y ffurflen asesu risg</translation>
    </message>
    <message>
        <source>Risk assessment opened</source>
        <translation>Agorwyd asesiad risg</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Asesiadau risg</translation>
    </message>
    <message>
        <source>Risk level: {level}.</source>
        <translation>Lefel risg: {level}.</translation>
    </message>
    <message>
        <source>Safeguarding, without consent</source>
        <translation>Diogelu, heb gydsyniad</translation>
    </message>
    <message>
        <source>Safety plan opened</source>
        <translation>Agorwyd cynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan previewed</source>
        <translation>Rhagolwg o gynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan printed</source>
        <translation>Argraffwyd cynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan saved</source>
        <translation>Cadwyd cynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan saved as PDF</source>
        <translation>Cadwyd cynllun diogelwch fel PDF</translation>
    </message>
    <message>
        <source>Safety plan shown to the person</source>
        <translation>Dangoswyd y cynllun diogelwch i&apos;r person</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Cynllunio diogelwch</translation>
    </message>
    <message>
        <source>Safety plans (every version)</source>
        <translation>Cynlluniau diogelwch (pob fersiwn)</translation>
    </message>
    <message>
        <source>Saved agency {id}</source>
        <translation>Cadwyd asiantaeth {id}</translation>
    </message>
    <message>
        <source>Saved the figures to {name} (counts under 5 written &lt;5).</source>
        <translation>Wedi cadw&apos;r ffigurau yn {name} (niferoedd o dan 5 wedi&apos;u hysgrifennu fel &lt;5).</translation>
    </message>
    <message>
        <source>Saved the figures to {name}, small counts shown: keep it inside the service.</source>
        <translation>Wedi cadw&apos;r ffigurau yn {name}, gyda&apos;r niferoedd bach: cadwch y ffeil o fewn y gwasanaeth.</translation>
    </message>
    <message>
        <source>Saved the subject access copy to {name}.</source>
        <translation>Cadwyd y copi mynediad at ddata yn {name}.</translation>
    </message>
    <message>
        <source>Saved the visit sheet to {name}. Hand it to the office.</source>
        <translation>Cadwyd y daflen ymweliadau yn {name}. Rhowch hi i&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Newidiwyd gosodiad</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Rhannwyd gyda</translation>
    </message>
    <message>
        <source>Since the referral</source>
        <translation>Ers yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Something changed: review the risk assessment? ({why})</source>
        <translation>Mae rhywbeth wedi newid: adolygu&apos;r asesiad risg? ({why})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Subject access copy made with other people&apos;s details included. Reason: {reason}</source>
        <translation>Gwnaed copi mynediad at ddata gyda manylion pobl eraill wedi&apos;u cynnwys. Rheswm: {reason}</translation>
    </message>
    <message>
        <source>Subject access copy — confidential — keep it safe</source>
        <translation>Copi mynediad at ddata — cyfrinachol — cadwch ef yn ddiogel</translation>
    </message>
    <message>
        <source>Subject access copy, made {when}. Case reference {id}.</source>
        <translation>Copi mynediad at ddata, wedi&apos;i wneud {when}. Cyfeirnod yr achos {id}.</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Allforio mynediad at ddata</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Cymorth a roddwyd</translation>
    </message>
    <message>
        <source>Support recorded</source>
        <translation>Cymorth wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Cyfnewid (swap)</translation>
    </message>
    <message>
        <source>Tell them</source>
        <translation>Dweud wrthyn nhw</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. A backup opens with the passphrase the store had when the backup was made. Nothing was changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y copi wrth gefn hwn. Mae copi wrth gefn yn agor gyda&apos;r cyfrinymadrodd oedd gan y storfa pan wnaed y copi. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The address is not marked safe to visit: meet somewhere neutral.</source>
        <translation>Nid yw&apos;r cyfeiriad wedi&apos;i nodi&apos;n ddiogel i ymweld ag ef: cyfarfodwch rywle niwtral.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: {n} events, each linked to the one before.</source>
        <translation>
            <numerusform>Mae&apos;r trywydd archwilio yn gyflawn: {n} digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyflawn: {n} digwyddiad.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyflawn: {n} digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyflawn: {n} digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyflawn: {n} digwyddiad, pob un wedi&apos;i gysylltu â&apos;r un cyn hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be restored into {folder} ({why}). Nothing was changed; a store that was there is as it was.</source>
        <translation>Nid oedd modd adfer y copi wrth gefn i {folder} ({why}). Ni newidiwyd dim; mae unrhyw storfa oedd yno fel yr oedd.</translation>
    </message>
    <message>
        <source>The backup could not be written in {folder} ({why}). Nothing was kept under a backup&apos;s name.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn yn {folder} ({why}). Ni chadwyd dim dan enw copi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup was checked and restored into {folder}.</source>
        <translation>Cafodd y copi wrth gefn ei wirio a&apos;i adfer i {folder}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (cut short or changed since it was made), so it cannot be used. Nothing was changed. Try another backup.</source>
        <translation>Mae&apos;r copi wrth gefn {path} wedi&apos;i ddifrodi (wedi&apos;i dorri&apos;n fyr neu wedi&apos;i newid ers ei wneud), felly does dim modd ei ddefnyddio. Ni newidiwyd dim. Rhowch gynnig ar gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>The last event ({seq}) is not the one the app wrote last: it was replaced.</source>
        <translation>Nid y digwyddiad olaf ({seq}) yw&apos;r un a ysgrifennodd yr ap ddiwethaf: cafodd ei ddisodli.</translation>
    </message>
    <message>
        <source>The office refused this laptop&apos;s enrolment</source>
        <translation>Gwrthododd y swyddfa gofrestriad y gliniadur hwn</translation>
    </message>
    <message>
        <source>The office sees it once it has your next bundle (bundle export), or print the visit sheet.</source>
        <translation>Bydd y swyddfa&apos;n ei weld pan fydd ganddi eich bwndel nesaf (bundle export), neu argraffwch y daflen ymweliadau.</translation>
    </message>
    <message>
        <source>The passphrase the store had when the backup was made: </source>
        <translation>Y cyfrinymadrodd oedd gan y storfa pan wnaed y copi wrth gefn: </translation>
    </message>
    <message>
        <source>The person causing harm</source>
        <translation>Y person sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>The person causing harm is due for release on {date}.</source>
        <translation>Mae disgwyl i&apos;r person sy&apos;n achosi niwed gael ei ryddhau ar {date}.</translation>
    </message>
    <message>
        <source>The person causing harm is not in custody.</source>
        <translation>Nid yw&apos;r person sy&apos;n achosi niwed yn y ddalfa.</translation>
    </message>
    <message>
        <source>The person causing harm was due for release on {date}.</source>
        <translation>Roedd disgwyl i&apos;r person sy&apos;n achosi niwed gael ei ryddhau ar {date}.</translation>
    </message>
    <message>
        <source>The person&apos;s home address (on their record)</source>
        <translation>Cyfeiriad cartref y person (ar eu cofnod)</translation>
    </message>
    <message>
        <source>The record of where the trail ends is missing, so events cut from its end cannot be ruled out.</source>
        <translation>Mae&apos;r cofnod o ble mae&apos;r trywydd yn gorffen ar goll, felly ni ellir diystyru bod digwyddiadau wedi&apos;u torri o&apos;i ddiwedd.</translation>
    </message>
    <message>
        <source>The safety plan already has it.</source>
        <translation>Mae yn y cynllun diogelwch yn barod.</translation>
    </message>
    <message>
        <source>The safety worker</source>
        <translation>Y gweithiwr diogelwch</translation>
    </message>
    <message>
        <source>The store that was there was moved, whole, to {path}. Delete it once you are sure.</source>
        <translation>Cafodd y storfa oedd yno ei symud, yn gyfan, i {path}. Dilëwch hi pan fyddwch chi&apos;n siŵr.</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds {n} more events than were written through the app.</source>
        <translation>
            <numerusform>Mae&apos;r trywydd yn dal {n} digwyddiad yn fwy nag a ysgrifennwyd drwy&apos;r ap.</numerusform>
            <numerusform>Mae&apos;r trywydd yn dal {n} digwyddiad yn fwy nag a ysgrifennwyd drwy&apos;r ap.</numerusform>
            <numerusform>Mae&apos;r trywydd yn dal {n} digwyddiad yn fwy nag a ysgrifennwyd drwy&apos;r ap.</numerusform>
            <numerusform>Mae&apos;r trywydd yn dal {n} digwyddiad yn fwy nag a ysgrifennwyd drwy&apos;r ap.</numerusform>
            <numerusform>Mae&apos;r trywydd yn dal {n} digwyddiad yn fwy nag a ysgrifennwyd drwy&apos;r ap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail was cut off at the end: {n} events after event {seq} are missing.</source>
        <translation>
            <numerusform>Cafodd y trywydd ei dorri ar y diwedd: mae {n} digwyddiad ar ôl digwyddiad {seq} ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri ar y diwedd: mae {n} digwyddiad ar ôl digwyddiad {seq} ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri ar y diwedd: mae {n} digwyddiad ar ôl digwyddiad {seq} ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri ar y diwedd: mae {n} digwyddiad ar ôl digwyddiad {seq} ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri ar y diwedd: mae {n} digwyddiad ar ôl digwyddiad {seq} ar goll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail was cut off: all {n} events are missing.</source>
        <translation>
            <numerusform>Cafodd y trywydd ei dorri: mae pob un o&apos;r {n} digwyddiad ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri: mae pob un o&apos;r {n} digwyddiad ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri: mae pob un o&apos;r {n} digwyddiad ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri: mae pob un o&apos;r {n} digwyddiad ar goll.</numerusform>
            <numerusform>Cafodd y trywydd ei dorri: mae pob un o&apos;r {n} digwyddiad ar goll.</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit is in the contact log.</source>
        <translation>Mae&apos;r ymweliad yn y cofnod cyswllt.</translation>
    </message>
    <message>
        <source>The worker&apos;s judgement</source>
        <translation>Barn y gweithiwr</translation>
    </message>
    <message>
        <source>There is no action with the id {id}.</source>
        <translation>Does dim cam gyda&apos;r rhif adnabod {id}.</translation>
    </message>
    <message>
        <source>There is no agency with the id {id}.</source>
        <translation>Nid oes asiantaeth gyda&apos;r id {id}.</translation>
    </message>
    <message>
        <source>There is no directory entry with the id {id}.</source>
        <translation>Does dim cofnod yn y cyfeiriadur gyda&apos;r rhif adnabod {id}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Make it first, or choose another.</source>
        <translation>Does dim ffolder {folder}. Gwnewch hi yn gyntaf, neu dewiswch un arall.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app. Update the app to restore it. Nothing was changed.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud gan fersiwn mwy newydd o&apos;r ap. Diweddarwch yr ap i&apos;w adfer. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This copy holds your address, phone numbers and code words. Keep it somewhere safe.</source>
        <translation>Mae&apos;r copi hwn yn dal eich cyfeiriad, eich rhifau ffôn a&apos;ch geiriau cod. Cadwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>This is not an office store: use `safetyworker visit list`.</source>
        <translation>Nid storfa swyddfa yw hon: defnyddiwch `safetyworker visit list`.</translation>
    </message>
    <message>
        <source>This laptop: closed cases are taken off once the office holds every change to them.</source>
        <translation>Y gliniadur hwn: caiff achosion sydd ar gau eu tynnu i ffwrdd unwaith y bydd gan y swyddfa bob newid iddynt.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Y swyddfa hon</translation>
    </message>
    <message>
        <source>This replaces the store in {folder} with the backup. The store there now is moved aside, not deleted.</source>
        <translation>Mae hyn yn disodli&apos;r storfa yn {folder} gyda&apos;r copi wrth gefn. Mae&apos;r storfa sydd yno nawr yn cael ei symud o&apos;r neilltu, nid ei dileu.</translation>
    </message>
    <message>
        <source>Time with or for the person</source>
        <translation>Amser gyda&apos;r unigolyn neu ar ei ran</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Prydlondeb</translation>
    </message>
    <message>
        <source>Today&apos;s calls shown</source>
        <translation>Dangoswyd galwadau heddiw</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Type &apos;{word}&apos; to go on: </source>
        <translation>Teipiwch &apos;{word}&apos; i fynd ymlaen: </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Wedi&apos;i ddatgloi</translation>
    </message>
    <message>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, cadwyd {when}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Visit logged in the contact log</source>
        <translation>Ymweliad wedi&apos;i gofnodi yn y cofnod cyswllt</translation>
    </message>
    <message>
        <source>Visit planned</source>
        <translation>Ymweliad wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Visit sheet printed</source>
        <translation>Taflen ymweliadau wedi&apos;i hargraffu</translation>
    </message>
    <message>
        <source>Visit {id} planned: {start}, back in touch by {back}.</source>
        <translation>Ymweliad {id} wedi&apos;i gynllunio: {start}, yn ôl mewn cysylltiad erbyn {back}.</translation>
    </message>
    <message>
        <source>Visits on {day}</source>
        <translation>Ymweliadau ar {day}</translation>
    </message>
    <message>
        <source>Visits: {day}</source>
        <translation>Ymweliadau: {day}</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>What it means (worker copy only):</source>
        <translation>Beth mae&apos;n ei olygu (copi&apos;r gweithiwr yn unig):</translation>
    </message>
    <message>
        <source>What the person wants</source>
        <translation>Beth mae&apos;r person ei eisiau</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Whether the person causing harm is in custody is not known.</source>
        <translation>Nid yw&apos;n hysbys a yw&apos;r person sy&apos;n achosi niwed yn y ddalfa.</translation>
    </message>
    <message>
        <source>Who did what with your record</source>
        <translation>Pwy wnaeth beth gyda&apos;ch cofnod</translation>
    </message>
    <message>
        <source>Who else may answer</source>
        <translation>Pwy arall allai ateb</translation>
    </message>
    <message>
        <source>Who else may answer: {who}</source>
        <translation>Pwy arall allai ateb: {who}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Why the case was closed</source>
        <translation>Pam y caewyd yr achos</translation>
    </message>
    <message>
        <source>Why we refer anyway</source>
        <translation>Pam rydyn ni&apos;n atgyfeirio beth bynnag</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>Gyda chydsyniad yr unigolyn</translation>
    </message>
    <message>
        <source>Withhold our number</source>
        <translation>Cuddio ein rhif</translation>
    </message>
    <message>
        <source>Withhold your number (dial 141 first).</source>
        <translation>Cuddiwch eich rhif (deialwch 141 yn gyntaf).</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Menywod</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Worker copy — keep secure</source>
        <translation>Copi&apos;r gweithiwr — cadwch yn ddiogel</translation>
    </message>
    <message>
        <source>Worker enrolled</source>
        <translation>Cofrestrwyd gweithiwr</translation>
    </message>
    <message>
        <source>Worker id</source>
        <translation>Id y gweithiwr</translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation>Gweithiwr: {name}</translation>
    </message>
    <message>
        <source>Would remove (nothing has been changed):</source>
        <translation>Byddai&apos;n dileu (nid oes dim wedi newid):</translation>
    </message>
    <message>
        <source>Wrong passphrase typed</source>
        <translation>Teipiwyd y cyfrinymadrodd anghywir</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Cyfrinymadrodd anghywir. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Wrote {n} events to {path}. It holds codes and ids, never case content; keep it with the investigation.</source>
        <translation>Ysgrifennwyd {n} digwyddiad i {path}. Mae&apos;n dal codau a rhifau adnabod, byth gynnwys achos; cadwch ef gyda&apos;r ymchwiliad.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Ysgrifennwyd {path}.</translation>
    </message>
    <message>
        <source>Wrote {path}. Take it to the office; it opens nothing on its own.</source>
        <translation>Ysgrifennwyd {path}. Ewch ag ef i&apos;r swyddfa; nid yw&apos;n agor dim ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Wrote {path}: a notice for the laptops that presented this enrolment. It tells the worker&apos;s laptop its enrolment may have been copied and to call the office. It holds no case data.</source>
        <translation>Ysgrifennwyd {path}: hysbysiad i&apos;r gliniaduron a gyflwynodd y cofrestriad hwn. Mae&apos;n dweud wrth liniadur y gweithiwr y gallai ei gofrestriad fod wedi&apos;i gopïo, ac i ffonio&apos;r swyddfa. Does dim data achos ynddo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: bundle {seq}, {n} changes, {kb} KB.</source>
        <translation>
            <numerusform>Ysgrifennwyd {path}: bwndel {seq}, {n} newid, {kb} KB.</numerusform>
            <numerusform>Ysgrifennwyd {path}: bwndel {seq}, {n} newid, {kb} KB.</numerusform>
            <numerusform>Ysgrifennwyd {path}: bwndel {seq}, {n} newid, {kb} KB.</numerusform>
            <numerusform>Ysgrifennwyd {path}: bwndel {seq}, {n} newid, {kb} KB.</numerusform>
            <numerusform>Ysgrifennwyd {path}: bwndel {seq}, {n} newid, {kb} KB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Your information held by this service</source>
        <translation>Eich gwybodaeth sydd gan y gwasanaeth hwn</translation>
    </message>
    <message>
        <source>[person]</source>
        <translation>[person]</translation>
    </message>
    <message>
        <source>[person] is on the person&apos;s own copy; [worker] is on the worker&apos;s copy only.</source>
        <translation>Mae [person] ar gopi&apos;r person ei hun; mae [gweithiwr] ar gopi&apos;r gweithiwr yn unig.</translation>
    </message>
    <message>
        <source>[worker]</source>
        <translation>[gweithiwr]</translation>
    </message>
    <message>
        <source>[worker] means:</source>
        <translation>Mae [gweithiwr] yn golygu:</translation>
    </message>
    <message>
        <source>a call at {clock} fits none of the safe windows</source>
        <translation>nid yw galwad am {clock} yn ffitio unrhyw un o&apos;r ffenestri diogel</translation>
    </message>
    <message>
        <source>a case&apos;s risk assessments, oldest first</source>
        <translation>asesiadau risg achos, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>a case&apos;s sharing records and their actions</source>
        <translation>cofnodion rhannu achos a&apos;u camau</translation>
    </message>
    <message>
        <source>a change to a record this store does not have</source>
        <translation>newid i gofnod nad yw gan y storfa hon</translation>
    </message>
    <message>
        <source>a closed case needs the reason it was closed</source>
        <translation>mae angen y rheswm dros gau achos sydd ar gau</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>mae colofn wedi&apos;i henwi ddwywaith</translation>
    </message>
    <message>
        <source>a few words about what happened</source>
        <translation>ychydig eiriau am beth ddigwyddodd</translation>
    </message>
    <message>
        <source>a few words about what was done</source>
        <translation>ychydig eiriau am yr hyn a wnaed</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>a forgotten passphrase: recover through the office</source>
        <translation>cyfrinymadrodd wedi&apos;i anghofio: adfer drwy&apos;r swyddfa</translation>
    </message>
    <message>
        <source>a laptop sends its bundles to its office only</source>
        <translation>mae gliniadur yn anfon ei fwndeli i&apos;w swyddfa yn unig</translation>
    </message>
    <message>
        <source>a laptop store from the office&apos;s enrolment file</source>
        <translation>storfa gliniadur o ffeil gofrestru&apos;r swyddfa</translation>
    </message>
    <message>
        <source>a locality or postcode: those covering it first</source>
        <translation>ardal neu god post: y rhai sy&apos;n ei chynnwys yn gyntaf</translation>
    </message>
    <message>
        <source>a message may be left only on a number whose record allows voicemail; choose another outcome</source>
        <translation>dim ond ar rif y mae ei gofnod yn caniatáu neges llais y gellir gadael neges; dewiswch ganlyniad arall</translation>
    </message>
    <message>
        <source>a neutral place to meet (without it: the person&apos;s address, only if marked safe to visit)</source>
        <translation>lle niwtral i gyfarfod (hebddo: cyfeiriad y person, dim ond os yw wedi&apos;i nodi&apos;n ddiogel i ymweld ag ef)</translation>
    </message>
    <message>
        <source>a new file, or a folder (ending in /) for a neutral name there; default: a neutral name here</source>
        <translation>ffeil newydd, neu ffolder (yn gorffen gyda /) ar gyfer enw niwtral yno; rhagosodiad: enw niwtral yma</translation>
    </message>
    <message>
        <source>a new incident was logged</source>
        <translation>cafodd digwyddiad newydd ei gofnodi</translation>
    </message>
    <message>
        <source>a new incident was reported (prompts a risk review)</source>
        <translation>cafodd digwyddiad newydd ei adrodd (mae&apos;n annog adolygiad risg)</translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation>ni all nodyn fod yn wag</translation>
    </message>
    <message>
        <source>a professional judgement always needs a written reason</source>
        <translation>mae angen rheswm ysgrifenedig bob amser ar farn broffesiynol</translation>
    </message>
    <message>
        <source>a reason is only asked for when other people&apos;s details are included</source>
        <translation>dim ond pan fo manylion pobl eraill wedi&apos;u cynnwys y gofynnir am reswm</translation>
    </message>
    <message>
        <source>a referral needs an assessment before it</source>
        <translation>mae angen asesiad cyn atgyfeiriad</translation>
    </message>
    <message>
        <source>a release date was set or moved</source>
        <translation>cafodd dyddiad rhyddhau ei osod neu ei symud</translation>
    </message>
    <message>
        <source>a time with its offset, e.g. 2026-03-29T10:00Z</source>
        <translation>amser gyda&apos;i wahaniaeth, e.e. 2026-03-29T10:00Z</translation>
    </message>
    <message>
        <source>actions from information sharing, earliest due first</source>
        <translation>camau o rannu gwybodaeth, y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>add a risk assessment from a JSON file (- for standard input)</source>
        <translation>ychwanegu asesiad risg o ffeil JSON (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>add agencies from a JSON file (- for standard input); at the office for everyone, else local</source>
        <translation>ychwanegu asiantaethau o ffeil JSON (- ar gyfer mewnbwn safonol); yn y swyddfa i bawb, fel arall yn lleol</translation>
    </message>
    <message>
        <source>add an entry from a JSON file (- for standard input)</source>
        <translation>ychwanegu cofnod o ffeil JSON (- ar gyfer mewnbwn safonol)</translation>
    </message>
    <message>
        <source>add cases from a JSON file (- for standard input)</source>
        <translation>ychwanegu achosion o ffeil JSON (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>add cases from a spreadsheet saved as CSV</source>
        <translation>ychwanegu achosion o daenlen wedi&apos;i chadw fel CSV</translation>
    </message>
    <message>
        <source>add rows even when they match an open case (same name and phone, or name and date of birth)</source>
        <translation>ychwanegu rhesi hyd yn oed pan fyddan nhw&apos;n cyfateb i achos agored (yr un enw a ffôn, neu enw a dyddiad geni)</translation>
    </message>
    <message>
        <source>add the date a MARAC heard the case</source>
        <translation>ychwanegu&apos;r dyddiad y trafododd MARAC yr achos</translation>
    </message>
    <message>
        <source>add to a case&apos;s contact log</source>
        <translation>ychwanegu at gofnod cyswllt achos</translation>
    </message>
    <message>
        <source>add, find, read and change cases</source>
        <translation>ychwanegu, chwilio, darllen a newid achosion</translation>
    </message>
    <message>
        <source>agreed words that seem to say what they mean (move that to &apos;What they mean&apos;)</source>
        <translation>geiriau a gytunwyd sy&apos;n ymddangos fel petaen nhw&apos;n dweud beth maen nhw&apos;n ei olygu (symudwch hynny i &apos;Beth maen nhw&apos;n ei olygu&apos;)</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>caniateir</translation>
    </message>
    <message>
        <source>allowed: a crash could write the caseload in memory to a file</source>
        <translation>caniateir: gallai chwalfa ysgrifennu&apos;r llwyth achosion sydd yn y cof i ffeil</translation>
    </message>
    <message>
        <source>also save the figures as CSV</source>
        <translation>cadw&apos;r ffigurau fel CSV hefyd</translation>
    </message>
    <message>
        <source>an assessment must be an object with named fields</source>
        <translation>rhaid i asesiad fod yn wrthrych gyda meysydd wedi&apos;u henwi</translation>
    </message>
    <message>
        <source>an earlier one (1 is the first)</source>
        <translation>un cynharach (1 yw&apos;r cyntaf)</translation>
    </message>
    <message>
        <source>an earlier version (1 is the first)</source>
        <translation>fersiwn gynharach (1 yw&apos;r gyntaf)</translation>
    </message>
    <message>
        <source>an entry for a record this store does not have</source>
        <translation>cofnod ar gyfer cofnod nad yw gan y storfa hon</translation>
    </message>
    <message>
        <source>an office store (receives workers&apos; bundles)</source>
        <translation>storfa swyddfa (yn derbyn bwndeli gweithwyr)</translation>
    </message>
    <message>
        <source>another checklist file already has the id &apos;{id}&apos;</source>
        <translation>mae gan ffeil rhestr wirio arall yr id &apos;{id}&apos; eisoes</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>dyfais arall</translation>
    </message>
    <message>
        <source>another template file already has the id &apos;{id}&apos;</source>
        <translation>mae gan ffeil templed arall yr id &apos;{id}&apos; eisoes</translation>
    </message>
    <message>
        <source>appears twice in the header row</source>
        <translation>yn ymddangos ddwywaith yn rhes y penawdau</translation>
    </message>
    <message>
        <source>apply a bundle: all of it or nothing</source>
        <translation>defnyddio bwndel: y cyfan neu ddim</translation>
    </message>
    <message>
        <source>apply probation&apos;s updates file (CSV, matched by reference): all of it or nothing</source>
        <translation>cymhwyso ffeil diweddariadau&apos;r gwasanaeth prawf (CSV, wedi&apos;i pharu yn ôl cyfeirnod): y cyfan neu ddim</translation>
    </message>
    <message>
        <source>apply the rows that match one person, leaving out references that match no one or several</source>
        <translation>cymhwyso&apos;r rhesi sy&apos;n cyfateb i un person, gan adael allan gyfeirnodau nad ydynt yn cyfateb i neb neu sy&apos;n cyfateb i sawl un</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>a geisiwyd</translation>
    </message>
    <message>
        <source>bigger type</source>
        <translation>teip mwy</translation>
    </message>
    <message>
        <source>breached the programme</source>
        <translation>wedi torri amodau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>breached the programme on {date}</source>
        <translation>wedi torri amodau&apos;r rhaglen ar {date}</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>yn ôl math</translation>
    </message>
    <message>
        <source>calls that are due</source>
        <translation>galwadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>cancel a planned contact, or plan one by hand</source>
        <translation>canslo cyswllt wedi&apos;i gynllunio, neu gynllunio un â llaw</translation>
    </message>
    <message>
        <source>cancel a planned contact, saying why</source>
        <translation>canslo cyswllt wedi&apos;i gynllunio, gan ddweud pam</translation>
    </message>
    <message>
        <source>cannot be before the visit started</source>
        <translation>ni all fod cyn i&apos;r ymweliad ddechrau</translation>
    </message>
    <message>
        <source>cannot tell on this system: check the device policy</source>
        <translation>methu dweud ar y system hon: gwiriwch bolisi&apos;r dyfeisiau</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>achosion</translation>
    </message>
    <message>
        <source>change a case from a JSON file of the changes</source>
        <translation>newid achos o ffeil JSON o&apos;r newidiadau</translation>
    </message>
    <message>
        <source>change a store setting</source>
        <translation>newid un o osodiadau&apos;r storfa</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>changes made on two devices at once</source>
        <translation>newidiadau a wnaed ar ddwy ddyfais ar unwaith</translation>
    </message>
    <message>
        <source>check the store and say how well it is protected</source>
        <translation>gwirio&apos;r storfa a dweud pa mor dda mae wedi&apos;i diogelu</translation>
    </message>
    <message>
        <source>check the whole trail; exit 0 only when it is intact</source>
        <translation>gwirio&apos;r trywydd cyfan; gorffen gyda 0 dim ond pan fydd yn gyflawn</translation>
    </message>
    <message>
        <source>check whether a case may be rung, and show the call card</source>
        <translation>gwirio a ellir ffonio achos, a dangos y cerdyn galw</translation>
    </message>
    <message>
        <source>children</source>
        <translation>plant</translation>
    </message>
    <message>
        <source>choose the value to keep</source>
        <translation>dewis y gwerth i&apos;w gadw</translation>
    </message>
    <message>
        <source>close a case, saying why</source>
        <translation>cau achos, gan ddweud pam</translation>
    </message>
    <message>
        <source>closed longer than the schedule keeps a case</source>
        <translation>ar gau yn hirach nag y mae&apos;r amserlen yn cadw achos</translation>
    </message>
    <message>
        <source>closed, and the office holds every change to it</source>
        <translation>ar gau, ac mae gan y swyddfa bob newid iddo</translation>
    </message>
    <message>
        <source>closed; stays until the office has this laptop&apos;s last changes</source>
        <translation>ar gau; yn aros nes bod gan y swyddfa newidiadau olaf y gliniadur hwn</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>colofn {letter}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colofn {n}</translation>
    </message>
    <message>
        <source>comes to the person</source>
        <translation>yn dod at y person</translation>
    </message>
    <message>
        <source>completed the programme</source>
        <translation>wedi cwblhau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>completes a {kind} contact the case does not have planned</source>
        <translation>yn cwblhau cyswllt {kind} nad yw wedi&apos;i gynllunio ar gyfer yr achos</translation>
    </message>
    <message>
        <source>compressed in memory (zram), never on disk</source>
        <translation>wedi&apos;i gywasgu yn y cof (zram), byth ar ddisg</translation>
    </message>
    <message>
        <source>confirm a laptop: type the six words the worker reads to you from their own screen</source>
        <translation>cadarnhau gliniadur: teipiwch y chwe gair mae&apos;r gweithiwr yn eu darllen i chi o&apos;u sgrin eu hunain</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>cadarnhau: ni ellir dadwneud hyn</translation>
    </message>
    <message>
        <source>contact log entries</source>
        <translation>cofnodion yn y cofnod cyswllt</translation>
    </message>
    <message>
        <source>contact methods</source>
        <translation>ffyrdd o gysylltu</translation>
    </message>
    <message>
        <source>contains a character that is not valid text</source>
        <translation>yn cynnwys nod nad yw&apos;n destun dilys</translation>
    </message>
    <message>
        <source>could not be read ({why})</source>
        <translation>nid oedd modd ei ddarllen ({why})</translation>
    </message>
    <message>
        <source>covers everywhere</source>
        <translation>yn cynnwys pob man</translation>
    </message>
    <message>
        <source>covers the place</source>
        <translation>yn cynnwys y lle</translation>
    </message>
    <message>
        <source>create a new encrypted store</source>
        <translation>creu storfa newydd wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ddim yn gwybod</translation>
    </message>
    <message>
        <source>done {date}: {how}</source>
        <translation>gwnaed {date}: {how}</translation>
    </message>
    <message>
        <source>due</source>
        <translation>dyledus</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>erase a case everywhere, for good (cannot be undone)</source>
        <translation>dileu achos ym mhobman, am byth (ni ellir dadwneud hyn)</translation>
    </message>
    <message>
        <source>erasing a case cannot be undone; add --yes to confirm</source>
        <translation>ni ellir dadwneud dileu achos; ychwanegwch --yes i gadarnhau</translation>
    </message>
    <message>
        <source>every entry</source>
        <translation>pob cofnod</translation>
    </message>
    <message>
        <source>expected a list of cases</source>
        <translation>roedd disgwyl rhestr o achosion</translation>
    </message>
    <message>
        <source>expected a list of plan versions, oldest first</source>
        <translation>roedd disgwyl rhestr o fersiynau cynllun, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>expected an object with an entry for each case, by preferred name</source>
        <translation>roedd disgwyl gwrthrych gyda chofnod ar gyfer pob achos, yn ôl enw dewisol</translation>
    </message>
    <message>
        <source>expected an object with named fields</source>
        <translation>roedd disgwyl gwrthrych gyda meysydd wedi&apos;u henwi</translation>
    </message>
    <message>
        <source>figures for funders: no names, small counts hidden in CSV</source>
        <translation>ffigurau i gyllidwyr: dim enwau, niferoedd bach wedi&apos;u cuddio yn y CSV</translation>
    </message>
    <message>
        <source>fill a store (made if needed) with a fictional demo caseload</source>
        <translation>llenwi storfa (wedi&apos;i gwneud os oes angen) â llwyth achosion enghreifftiol dychmygol</translation>
    </message>
    <message>
        <source>first contact before the start</source>
        <translation>cysylltiad cyntaf cyn y dechrau</translation>
    </message>
    <message>
        <source>first day (inclusive)</source>
        <translation>y diwrnod cyntaf (yn gynwysedig)</translation>
    </message>
    <message>
        <source>from the office</source>
        <translation>gan y swyddfa</translation>
    </message>
    <message>
        <source>give a case to a worker (or move it to another)</source>
        <translation>rhoi achos i weithiwr (neu ei symud i un arall)</translation>
    </message>
    <message>
        <source>give a planned contact&apos;s id, or &apos;none&apos;</source>
        <translation>rhowch id cyswllt wedi&apos;i gynllunio, neu &apos;none&apos;</translation>
    </message>
    <message>
        <source>give a whole number from 1 to {most}</source>
        <translation>rhowch rif cyfan o 1 i {most}</translation>
    </message>
    <message>
        <source>give an ISO moment with its offset, for example 2026-12-08T17:00Z</source>
        <translation>rhowch amser ISO gyda&apos;i wrthbwyso, er enghraifft 2026-12-08T17:00Z</translation>
    </message>
    <message>
        <source>give either due (a date) or due_in_working_days (a number), one of them</source>
        <translation>rhowch naill ai due (dyddiad) neu due_in_working_days (rhif), un ohonynt</translation>
    </message>
    <message>
        <source>give the office a name (it is shown on the workers&apos; laptops)</source>
        <translation>rhowch enw i&apos;r swyddfa (mae&apos;n cael ei ddangos ar liniaduron y gweithwyr)</translation>
    </message>
    <message>
        <source>give the offset too, for example 2026-11-23T10:30+00:00 or 2026-11-23T10:30Z</source>
        <translation>rhowch y gwahaniaeth hefyd, er enghraifft 2026-11-23T10:30+00:00 neu 2026-11-23T10:30Z</translation>
    </message>
    <message>
        <source>give the time with its offset, for example 2026-11-23T10:30+00:00 or ...Z</source>
        <translation>rhowch yr amser gyda&apos;i wahaniaeth, er enghraifft 2026-11-23T10:30+00:00 neu ...Z</translation>
    </message>
    <message>
        <source>give the worker&apos;s name</source>
        <translation>rhowch enw&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>has a line break: check for a quote (&quot;) that is not closed</source>
        <translation>mae toriad llinell ynddo: chwiliwch am ddyfynnod (&quot;) sydd heb ei gau</translation>
    </message>
    <message>
        <source>has a value but no column name</source>
        <translation>mae ganddi werth ond dim enw colofn</translation>
    </message>
    <message>
        <source>has a value but no column name in the header row</source>
        <translation>mae ganddo werth ond dim enw colofn yn rhes y penawdau</translation>
    </message>
    <message>
        <source>has an unmatched {{ or }}</source>
        <translation>mae {{ neu }} heb ei bâr ynddo</translation>
    </message>
    <message>
        <source>has too many entries (at most {n})</source>
        <translation>mae gormod o gofnodion ynddo (dim mwy na {n})</translation>
    </message>
    <message>
        <source>holds a hidden control character ({char}) that cannot be kept; type the text again</source>
        <translation>mae&apos;n cynnwys nod rheoli cudd ({char}) na ellir ei gadw; teipiwch y testun eto</translation>
    </message>
    <message>
        <source>how it was done</source>
        <translation>sut y&apos;i gwnaed</translation>
    </message>
    <message>
        <source>how long closed cases are kept, and removing them</source>
        <translation>am ba hyd y caiff achosion sydd ar gau eu cadw, a&apos;u dileu</translation>
    </message>
    <message>
        <source>how long the visit lasts</source>
        <translation>pa mor hir mae&apos;r ymweliad yn para</translation>
    </message>
    <message>
        <source>how many days ahead for releases and reviews</source>
        <translation>sawl diwrnod ymlaen ar gyfer rhyddhau ac adolygiadau</translation>
    </message>
    <message>
        <source>import the good rows even if some are bad</source>
        <translation>mewnforio&apos;r rhesi da hyd yn oed os oes rhai&apos;n ddrwg</translation>
    </message>
    <message>
        <source>import with --allow-duplicates</source>
        <translation>mewnforiwch gyda --allow-duplicates</translation>
    </message>
    <message>
        <source>include closed cases</source>
        <translation>cynnwys achosion ar gau</translation>
    </message>
    <message>
        <source>include the person causing harm and other people&apos;s details (needs --reason)</source>
        <translation>cynnwys manylion y person sy&apos;n achosi niwed a phobl eraill (angen --reason)</translation>
    </message>
    <message>
        <source>information received from or shared with an agency</source>
        <translation>gwybodaeth a dderbyniwyd gan asiantaeth neu a rannwyd â hi</translation>
    </message>
    <message>
        <source>is before the visit started</source>
        <translation>mae cyn i&apos;r ymweliad ddechrau</translation>
    </message>
    <message>
        <source>is empty, but the row has other details that need it: fill it in or clear those cells</source>
        <translation>yn wag, ond mae gan y rhes fanylion eraill sydd ei angen: llenwch ef neu cliriwch y celloedd hynny</translation>
    </message>
    <message>
        <source>is empty: every row needs the reference</source>
        <translation>mae&apos;n wag: mae angen y cyfeirnod ar bob rhes</translation>
    </message>
    <message>
        <source>is format {n}; this version of the app reads format {f}</source>
        <translation>yn fformat {n}; mae&apos;r fersiwn hon o&apos;r ap yn darllen fformat {f}</translation>
    </message>
    <message>
        <source>is in the future: mark back safe once you are</source>
        <translation>mae yn y dyfodol: nodwch eich bod yn ôl yn ddiogel pan fyddwch chi</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>yn hirach na {n} nod</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>is missing: the first row must hold the column names, preferred_name among them</source>
        <translation>ar goll: rhaid i&apos;r rhes gyntaf ddal enwau&apos;r colofnau, gan gynnwys preferred_name</translation>
    </message>
    <message>
        <source>is named twice in the first row</source>
        <translation>mae wedi&apos;i enwi ddwywaith yn y rhes gyntaf</translation>
    </message>
    <message>
        <source>is not a column of the updates file; the columns are: {names}</source>
        <translation>nid yw&apos;n golofn yn y ffeil diweddariadau; y colofnau yw: {names}</translation>
    </message>
    <message>
        <source>is not a kind of planned contact</source>
        <translation>nid yw&apos;n fath o gyswllt wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>is not a known column{hint}; the columns are listed in docs/interchange.md</source>
        <translation>nid yw&apos;n golofn hysbys{hint}; mae&apos;r colofnau wedi&apos;u rhestru yn docs/interchange.md</translation>
    </message>
    <message>
        <source>is not a known field (check the spelling)</source>
        <translation>nid yw&apos;n faes hysbys (gwiriwch y sillafu)</translation>
    </message>
    <message>
        <source>is not a number that can be kept</source>
        <translation>nid yw&apos;n rhif y gellir ei gadw</translation>
    </message>
    <message>
        <source>is not a question of the checklist &apos;{t}&apos;</source>
        <translation>nid yw&apos;n gwestiwn yn y rhestr wirio &apos;{t}&apos;</translation>
    </message>
    <message>
        <source>is not a section of the plan</source>
        <translation>nid yw&apos;n un o adrannau&apos;r cynllun</translation>
    </message>
    <message>
        <source>is not an assessment of this case</source>
        <translation>nid yw&apos;n asesiad o&apos;r achos hwn</translation>
    </message>
    <message>
        <source>is not an email address</source>
        <translation>nid yw&apos;n gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>is not an item of the person&apos;s own copy</source>
        <translation>nid yw&apos;n eitem ar gopi&apos;r person ei hun</translation>
    </message>
    <message>
        <source>is not one of this case&apos;s contact methods</source>
        <translation>nid yw&apos;n un o ffyrdd cysylltu&apos;r achos hwn</translation>
    </message>
    <message>
        <source>is not stored as a checked phone number</source>
        <translation>nid yw wedi&apos;i gadw fel rhif ffôn wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON ({why})</source>
        <translation>nid yw&apos;n JSON UTF-8 dilys ({why})</translation>
    </message>
    <message>
        <source>is on line {line} too: give each person one row</source>
        <translation>mae hefyd ar linell {line}: rhowch un rhes i bob person</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>mae ei angen</translation>
    </message>
    <message>
        <source>is the same person as line {line} ({how}); it was not added twice</source>
        <translation>yr un person â llinell {line} ydyw ({how}); ni chafodd ei ychwanegu ddwywaith</translation>
    </message>
    <message>
        <source>is too far ahead</source>
        <translation>yn rhy bell ymlaen</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <translation>yn rhif rhy fawr</translation>
    </message>
    <message>
        <source>is too large for a demo file</source>
        <translation>yn rhy fawr ar gyfer ffeil enghreifftiol</translation>
    </message>
    <message>
        <source>is too large to be a plan template</source>
        <translation>yn rhy fawr i fod yn dempled cynllun</translation>
    </message>
    <message>
        <source>is too large to be a programme template</source>
        <translation>yn rhy fawr i fod yn dempled rhaglen</translation>
    </message>
    <message>
        <source>is too large to be a risk checklist</source>
        <translation>yn rhy fawr i fod yn rhestr wirio risg</translation>
    </message>
    <message>
        <source>is too long (at most {n} characters)</source>
        <translation>yn rhy hir (dim mwy na {n} nod)</translation>
    </message>
    <message>
        <source>is too long after the visit: the office would not notice for hours if something went wrong</source>
        <translation>mae&apos;n rhy hir ar ôl yr ymweliad: ni fyddai&apos;r swyddfa&apos;n sylwi am oriau pe bai rhywbeth yn mynd o&apos;i le</translation>
    </message>
    <message>
        <source>is used by an earlier case; demo names must be unique</source>
        <translation>wedi&apos;i ddefnyddio gan achos cynharach; rhaid i enwau enghreifftiol fod yn unigryw</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wedi&apos;i ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <source>it is not valid JSON ({error})</source>
        <translation>nid yw&apos;n JSON dilys ({error})</translation>
    </message>
    <message>
        <source>its language (default: Welsh when the person speaks it)</source>
        <translation>ei iaith (diofyn: Cymraeg pan fydd y person yn ei siarad)</translation>
    </message>
    <message>
        <source>judge &apos;overdue&apos; at this moment (default: now)</source>
        <translation>barnu &apos;yn hwyr&apos; ar yr adeg hon (diofyn: nawr)</translation>
    </message>
    <message>
        <source>keep the value from this device</source>
        <translation>cadw&apos;r gwerth o&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>language of the personal copy and the card (the worker copy is always English)</source>
        <translation>iaith copi&apos;r person a&apos;r cerdyn (mae copi&apos;r gweithiwr bob amser yn Saesneg)</translation>
    </message>
    <message>
        <source>laptop: use the office&apos;s answer and code</source>
        <translation>gliniadur: defnyddio ateb a chod y swyddfa</translation>
    </message>
    <message>
        <source>laptop: write a request to take to the office</source>
        <translation>gliniadur: ysgrifennu cais i fynd ag ef i&apos;r swyddfa</translation>
    </message>
    <message>
        <source>last day (inclusive; default today)</source>
        <translation>y diwrnod olaf (yn gynwysedig; heddiw os na roddir un)</translation>
    </message>
    <message numerus="yes">
        <source>last sent {n} days ago</source>
        <translation>
            <numerusform>anfonwyd ddiwethaf {n} diwrnod yn ôl</numerusform>
            <numerusform>anfonwyd ddiwethaf {n} diwrnod yn ôl</numerusform>
            <numerusform>anfonwyd ddiwethaf {n} diwrnod yn ôl</numerusform>
            <numerusform>anfonwyd ddiwethaf {n} diwrnod yn ôl</numerusform>
            <numerusform>anfonwyd ddiwethaf {n} diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>left the programme</source>
        <translation>wedi gadael y rhaglen</translation>
    </message>
    <message>
        <source>levels go lowest first: each threshold must be above the one before</source>
        <translation>mae&apos;r lefelau&apos;n mynd o&apos;r isaf yn gyntaf: rhaid i bob trothwy fod yn uwch na&apos;r un o&apos;i flaen</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <translation>llinell {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>line {line}, {reference} (case {cases}):</source>
        <translation>llinell {line}, {reference} (achos {cases}):</translation>
    </message>
    <message>
        <source>line {line}, {reference}: matches no person causing harm</source>
        <translation>llinell {line}, {reference}: nid yw&apos;n cyfateb i unrhyw berson sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>line {line}, {reference}: matches {people} people causing harm; not guessed</source>
        <translation>llinell {line}, {reference}: mae&apos;n cyfateb i {people} o bobl sy&apos;n achosi niwed; ni ddyfalwyd</translation>
    </message>
    <message>
        <source>list open cases</source>
        <translation>rhestru achosion agored</translation>
    </message>
    <message>
        <source>list the agencies and their contacts</source>
        <translation>rhestru&apos;r asiantaethau a&apos;u cysylltiadau</translation>
    </message>
    <message>
        <source>list the risk checklists</source>
        <translation>rhestru&apos;r rhestrau gwirio risg</translation>
    </message>
    <message>
        <source>list the safety plan templates</source>
        <translation>rhestru templedi&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <source>list the saved versions of a case&apos;s safety plan</source>
        <translation>rhestru fersiynau cadw cynllun diogelwch achos</translation>
    </message>
    <message>
        <source>list the trail&apos;s events, oldest first</source>
        <translation>rhestru digwyddiadau&apos;r trywydd, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lleol</translation>
    </message>
    <message>
        <source>log a contact; one that reached the person completes the planned contact due</source>
        <translation>cofnodi cyswllt; mae un a gyrhaeddodd y person yn cwblhau&apos;r cyswllt wedi&apos;i gynllunio sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>log the visit in the case&apos;s contact log</source>
        <translation>cofnodi&apos;r ymweliad yng nghofnod cyswllt yr achos</translation>
    </message>
    <message>
        <source>lone working: plan visits, mark back safe</source>
        <translation>gweithio ar eich pen eich hun: cynllunio ymweliadau, nodi eich bod yn ôl yn ddiogel</translation>
    </message>
    <message>
        <source>made in time</source>
        <translation>wedi&apos;u gwneud mewn pryd</translation>
    </message>
    <message>
        <source>made late</source>
        <translation>wedi&apos;u gwneud yn hwyr</translation>
    </message>
    <message>
        <source>make the store folder and its files readable and writable by you alone</source>
        <translation>gwneud ffolder y storfa a&apos;i ffeiliau&apos;n ddarllenadwy ac yn ysgrifenadwy i chi yn unig</translation>
    </message>
    <message>
        <source>mark an action done, saying how</source>
        <translation>marcio cam wedi&apos;i wneud, gan ddweud sut</translation>
    </message>
    <message>
        <source>mark yourself back safe after a visit</source>
        <translation>nodi eich bod yn ôl yn ddiogel ar ôl ymweliad</translation>
    </message>
    <message>
        <source>memory-security: wipe SQLite&apos;s memory as it is freed (on|off); backup-keep: how many backups to keep in a folder (1-100); backup-schedule: how often the desktop backs up (off|daily|weekly); backup-folder: where &apos;backup&apos; and the desktop write backups (a folder, or &apos;none&apos;); the others are the organisation&apos;s, set at the office and sent to every laptop (see &apos;settings show&apos;)</source>
        <translation>memory-security: sychu cof SQLite wrth iddo gael ei ryddhau (on|off); backup-keep: faint o gopïau wrth gefn i&apos;w cadw mewn ffolder (1-100); backup-schedule: pa mor aml y mae&apos;r bwrdd gwaith yn gwneud copi wrth gefn (off|daily|weekly); backup-folder: ble mae &apos;backup&apos; a&apos;r bwrdd gwaith yn ysgrifennu copïau wrth gefn (ffolder, neu &apos;none&apos;); gosodiadau&apos;r sefydliad yw&apos;r lleill, a osodir yn y swyddfa a&apos;u hanfon i bob gliniadur (gweler &apos;settings show&apos;)</translation>
    </message>
    <message>
        <source>minutes it took</source>
        <translation>munudau a gymerodd</translation>
    </message>
    <message>
        <source>minutes of travel each way</source>
        <translation>munudau o deithio bob ffordd</translation>
    </message>
    <message>
        <source>minutes spent travelling for it</source>
        <translation>munudau yn teithio ar ei gyfer</translation>
    </message>
    <message>
        <source>minutes spent with the person</source>
        <translation>munudau a dreuliwyd gyda&apos;r person</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>rhaid iddo fod yn 0 neu 1</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>rhaid iddo fod yn ddyddiad ac amser</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>rhaid iddo fod yn ddyddiad wedi&apos;i ysgrifennu BBBB-MM-DD</translation>
    </message>
    <message>
        <source>must be a day and a time, for example {&quot;days&quot;: -15, &quot;time&quot;: &quot;10:30&quot;}</source>
        <translation>rhaid iddo fod yn ddiwrnod ac amser, er enghraifft {&quot;days&quot;: -15, &quot;time&quot;: &quot;10:30&quot;}</translation>
    </message>
    <message>
        <source>must be a group of named texts</source>
        <translation>rhaid iddo fod yn grŵp o destunau wedi&apos;u henwi</translation>
    </message>
    <message>
        <source>must be a helpline</source>
        <translation>rhaid iddo fod yn llinell gymorth</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>must be a list of agency contact ids</source>
        <translation>rhaid iddo fod yn rhestr o rifau adnabod cysylltiadau asiantaeth</translation>
    </message>
    <message>
        <source>must be a list of at least one contact</source>
        <translation>rhaid iddo fod yn rhestr o o leiaf un cyswllt</translation>
    </message>
    <message>
        <source>must be a list of at least one level, lowest first</source>
        <translation>rhaid iddo fod yn rhestr o o leiaf un lefel, yr isaf yn gyntaf</translation>
    </message>
    <message>
        <source>must be a list of at least one question</source>
        <translation>rhaid iddo fod yn rhestr o o leiaf un cwestiwn</translation>
    </message>
    <message>
        <source>must be a list of at least one section</source>
        <translation>rhaid iddo fod yn rhestr o o leiaf un adran</translation>
    </message>
    <message>
        <source>must be a list of days, for example [&quot;mon&quot;, &quot;tue&quot;]</source>
        <translation>rhaid iddo fod yn rhestr o ddyddiau, er enghraifft [&quot;mon&quot;, &quot;tue&quot;]</translation>
    </message>
    <message>
        <source>must be a list of helpline ids, for example [&quot;emergency&quot;, &quot;mens_advice_line&quot;]</source>
        <translation>rhaid iddo fod yn rhestr o ddynodwyr llinellau cymorth, er enghraifft [&quot;emergency&quot;, &quot;mens_advice_line&quot;]</translation>
    </message>
    <message>
        <source>must be a list of helplines</source>
        <translation>rhaid iddo fod yn rhestr o linellau cymorth</translation>
    </message>
    <message>
        <source>must be a list of kinds of support</source>
        <translation>rhaid iddo fod yn rhestr o fathau o gymorth</translation>
    </message>
    <message>
        <source>must be a list of names, for example [&quot;IDAP&quot;]</source>
        <translation>rhaid iddo fod yn rhestr o enwau, er enghraifft [&quot;IDAP&quot;]</translation>
    </message>
    <message>
        <source>must be a list of plan items</source>
        <translation>rhaid iddo fod yn rhestr o eitemau cynllun</translation>
    </message>
    <message>
        <source>must be a list of questions</source>
        <translation>rhaid iddo fod yn rhestr o gwestiynau</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>rhaid iddo fod yn rhestr o destun</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>rhaid iddo fod yn rhestr o destunau</translation>
    </message>
    <message>
        <source>must be a local date and time written YYYY-MM-DDTHH:MM, without an offset</source>
        <translation>rhaid iddo fod yn ddyddiad ac amser lleol wedi&apos;i ysgrifennu BBBB-MM-DDTHH:MM, heb wahaniaeth</translation>
    </message>
    <message>
        <source>must be a moment between the years 1970 and 2199</source>
        <translation>rhaid iddo fod yn foment rhwng y blynyddoedd 1970 a 2199</translation>
    </message>
    <message>
        <source>must be a month and day, for example 03-14</source>
        <translation>rhaid iddo fod yn fis a diwrnod, er enghraifft 03-14</translation>
    </message>
    <message>
        <source>must be a time written HH:MM (24-hour clock)</source>
        <translation>rhaid iddo fod yn amser wedi&apos;i ysgrifennu HH:MM (cloc 24 awr)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>must be a whole number from 0 (none) to 52</source>
        <translation>rhaid iddo fod yn rhif cyfan o 0 (dim) i 52</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>rhaid iddo fod yn rhif cyfan o 0 i 100</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 500</source>
        <translation>rhaid iddo fod yn rhif cyfan o 1 i 500</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 52</source>
        <translation>rhaid iddo fod yn rhif cyfan o 1 i 52</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}</source>
        <translation>rhaid iddo fod yn rhif cyfan o 1 i {n}</translation>
    </message>
    <message>
        <source>must be a whole number of days (negative for before)</source>
        <translation>rhaid iddo fod yn nifer cyfan o ddyddiau (negatif ar gyfer cyn)</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>rhaid iddo fod yn nifer cyfan o ddyddiau o 0 i 365</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>rhaid iddo fod yn nifer cyfan o funudau</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to {n}</source>
        <translation>rhaid iddo fod yn nifer cyfan o funudau o 0 i {n}</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>rhaid iddo fod ar ôl y dechrau</translation>
    </message>
    <message>
        <source>must be after the visit ends: the office rings you if you miss it</source>
        <translation>rhaid iddo fod ar ôl i&apos;r ymweliad orffen: bydd y swyddfa&apos;n eich ffonio os byddwch chi&apos;n ei fethu</translation>
    </message>
    <message>
        <source>must be an object with a level and a reason</source>
        <translation>rhaid iddo fod yn wrthrych gyda lefel a rheswm</translation>
    </message>
    <message>
        <source>must be an object: question id to answer</source>
        <translation>rhaid iddo fod yn wrthrych: id cwestiwn i ateb</translation>
    </message>
    <message>
        <source>must be an object: question id to note</source>
        <translation>rhaid iddo fod yn wrthrych: id cwestiwn i nodyn</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>rhaid iddo fod rhwng {low} a {high}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes</source>
        <translation>rhaid iddo fod rhwng {low} a {high} munud</translation>
    </message>
    <message>
        <source>must be digits and spaces</source>
        <translation>rhaid iddo fod yn ddigidau a bylchau</translation>
    </message>
    <message>
        <source>must be from 0 to {n}</source>
        <translation>rhaid iddo fod o 0 i {n}</translation>
    </message>
    <message>
        <source>must be mobile or landline (or leave it empty to guess from the number)</source>
        <translation>rhaid iddo fod yn ffôn symudol neu&apos;n llinell dir (neu gadewch yn wag i&apos;w ddyfalu o&apos;r rhif)</translation>
    </message>
    <message>
        <source>must be notes on the checklist&apos;s questions</source>
        <translation>rhaid iddo fod yn nodiadau ar gwestiynau&apos;r rhestr wirio</translation>
    </message>
    <message>
        <source>must be one line (it holds a line break)</source>
        <translation>rhaid iddo fod yn un llinell (mae toriad llinell ynddo)</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>rhaid iddo fod yn un o: {choices}</translation>
    </message>
    <message>
        <source>must be one of: {c}</source>
        <translation>rhaid iddo fod yn un o: {c}</translation>
    </message>
    <message>
        <source>must be one of: {k}</source>
        <translation>rhaid iddo fod yn un o: {k}</translation>
    </message>
    <message>
        <source>must be one or more of: {c}</source>
        <translation>rhaid iddo fod yn un neu fwy o: {c}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>rhaid iddo fod yn id cofnod</translation>
    </message>
    <message>
        <source>must be today or later (log a contact that already happened instead)</source>
        <translation>rhaid iddo fod heddiw neu&apos;n hwyrach (cofnodwch gyswllt sydd eisoes wedi digwydd yn lle hynny)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>must differ from the start</source>
        <translation>rhaid iddo fod yn wahanol i&apos;r dechrau</translation>
    </message>
    <message>
        <source>must give each question one of: {c}</source>
        <translation>rhaid iddo roi un o&apos;r rhain i bob cwestiwn: {c}</translation>
    </message>
    <message>
        <source>must name the answers that count, for example {{&quot;yes&quot;: 1}}</source>
        <translation>rhaid iddo enwi&apos;r atebion sy&apos;n cyfrif, er enghraifft {{&quot;yes&quot;: 1}}</translation>
    </message>
    <message>
        <source>must name the twelve months</source>
        <translation>rhaid iddo enwi&apos;r deuddeg mis</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ni all fod yn wag</translation>
    </message>
    <message>
        <source>must say when the numbers were last checked</source>
        <translation>rhaid iddo ddweud pryd y gwiriwyd y rhifau ddiwethaf</translation>
    </message>
    <message>
        <source>must use exactly these placeholders: {wanted}</source>
        <translation>rhaid iddo ddefnyddio&apos;r dalfannau hyn yn union: {wanted}</translation>
    </message>
    <message>
        <source>names ({names})</source>
        <translation>enwau ({names})</translation>
    </message>
    <message>
        <source>names a kind twice</source>
        <translation>mae&apos;n enwi math ddwywaith</translation>
    </message>
    <message>
        <source>names no entry under &apos;lines&apos; in the strings files</source>
        <translation>nid yw&apos;n enwi cofnod o dan &apos;lines&apos; yn y ffeiliau testun</translation>
    </message>
    <message>
        <source>near the case&apos;s locality and postcode</source>
        <translation>ger ardal a chod post yr achos</translation>
    </message>
    <message>
        <source>needs the id of the entry to remove</source>
        <translation>mae angen id y cofnod i&apos;w dynnu</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>heb ei anfon erioed</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>no contact with this id at this agency</source>
        <translation>dim cyswllt gyda&apos;r rhif adnabod hwn yn yr asiantaeth hon</translation>
    </message>
    <message>
        <source>no entry with this id in this case</source>
        <translation>dim cofnod gyda&apos;r id hwn yn yr achos hwn</translation>
    </message>
    <message>
        <source>no programme session recorded since {date}</source>
        <translation>dim sesiwn rhaglen wedi&apos;i chofnodi ers {date}</translation>
    </message>
    <message>
        <source>no risk checklists were found (the installation is incomplete)</source>
        <translation>ni chafwyd hyd i restrau gwirio risg (mae&apos;r gosodiad yn anghyflawn)</translation>
    </message>
    <message>
        <source>no safety plan templates were found (the installation is incomplete)</source>
        <translation>ni chafwyd hyd i dempledi cynllun diogelwch (mae&apos;r gosodiad yn anghyflawn)</translation>
    </message>
    <message>
        <source>no worker {id} is enrolled with this office</source>
        <translation>nid oes gweithiwr {id} wedi&apos;i gofrestru gyda&apos;r swyddfa hon</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>dim wedi&apos;i osod</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>heb ofyn</translation>
    </message>
    <message>
        <source>not checked for a year</source>
        <translation>heb ei wirio ers blwyddyn</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>heb eu gwneud</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>now in custody</source>
        <translation>yn y ddalfa bellach</translation>
    </message>
    <message>
        <source>now in the community</source>
        <translation>yn y gymuned bellach</translation>
    </message>
    <message>
        <source>now on licence in the community</source>
        <translation>ar drwydded yn y gymuned bellach</translation>
    </message>
    <message>
        <source>numbers that are not helplines ({numbers})</source>
        <translation>rhifau nad ydynt yn llinellau cymorth ({numbers})</translation>
    </message>
    <message>
        <source>off</source>
        <translation>i ffwrdd</translation>
    </message>
    <message>
        <source>off (the default; locking the app is what protects a laptop left alone)</source>
        <translation>i ffwrdd (y rhagosodiad; cloi&apos;r ap sy&apos;n diogelu gliniadur sy&apos;n cael ei adael)</translation>
    </message>
    <message>
        <source>office commands: enrol workers, assign cases</source>
        <translation>gorchmynion y swyddfa: cofrestru gweithwyr, neilltuo achosion</translation>
    </message>
    <message>
        <source>office: a corrected list (JSON, as resources/reference)</source>
        <translation>swyddfa: rhestr wedi&apos;i chywiro (JSON, fel resources/reference)</translation>
    </message>
    <message>
        <source>office: a worker&apos;s laptop trail, as their bundles brought it</source>
        <translation>swyddfa: trywydd gliniadur gweithiwr, fel y daeth eu bwndeli ag ef</translation>
    </message>
    <message>
        <source>office: answer a laptop&apos;s request (prints a code)</source>
        <translation>swyddfa: ateb cais gliniadur (yn argraffu cod)</translation>
    </message>
    <message>
        <source>office: bring in a directory spreadsheet (CSV), all or none</source>
        <translation>swyddfa: dod â thaenlen cyfeiriadur (CSV) i mewn, y cyfan neu ddim</translation>
    </message>
    <message>
        <source>office: every worker&apos;s, with who holds each case</source>
        <translation>swyddfa: rhai pob gweithiwr, gyda phwy sy&apos;n dal pob achos</translation>
    </message>
    <message>
        <source>office: only the cases given to this worker</source>
        <translation>swyddfa: dim ond yr achosion a roddwyd i&apos;r gweithiwr hwn</translation>
    </message>
    <message>
        <source>office: send a risk checklist file to every laptop</source>
        <translation>swyddfa: anfon ffeil rhestr wirio risg i bob gliniadur</translation>
    </message>
    <message>
        <source>office: the worker the bundle is for</source>
        <translation>swyddfa: y gweithiwr y mae&apos;r bwndel ar ei gyfer</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>iawn</translation>
    </message>
    <message>
        <source>on (SQLCipher wipes its own memory; every query is slower)</source>
        <translation>ymlaen (mae SQLCipher yn clirio ei gof ei hun; mae pob ymholiad yn arafach)</translation>
    </message>
    <message>
        <source>only a contact that reached the person (spoke, visit done) fulfils a planned contact</source>
        <translation>dim ond cyswllt a gyrhaeddodd y person (wedi siarad, ymweliad wedi&apos;i wneud) sy&apos;n cwblhau cyswllt wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>only a phone number can be safe to call or text</source>
        <translation>dim ond rhif ffôn all fod yn ddiogel i&apos;w ffonio neu i anfon neges destun ato</translation>
    </message>
    <message>
        <source>only an office store has a name (use it with --office)</source>
        <translation>dim ond storfa swyddfa sydd ag enw (defnyddiwch ef gyda --office)</translation>
    </message>
    <message>
        <source>only events on or after this date (DD/MM/YYYY)</source>
        <translation>dim ond digwyddiadau ar y dyddiad hwn neu wedyn (DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>only list what would be removed and why; change nothing</source>
        <translation>dim ond rhestru beth fyddai&apos;n cael ei ddileu a pham; peidio â newid dim</translation>
    </message>
    <message>
        <source>only one of {options} can be read from standard input (-)</source>
        <translation>dim ond un o {options} y gellir ei ddarllen o&apos;r mewnbwn safonol (-)</translation>
    </message>
    <message>
        <source>only services that come to the person</source>
        <translation>dim ond gwasanaethau sy&apos;n dod at y person</translation>
    </message>
    <message>
        <source>only services that work in Welsh</source>
        <translation>dim ond gwasanaethau sy&apos;n gweithio yn Gymraeg</translation>
    </message>
    <message>
        <source>only the events about this case</source>
        <translation>dim ond y digwyddiadau am yr achos hwn</translation>
    </message>
    <message>
        <source>only the office reports on another worker&apos;s cases</source>
        <translation>dim ond y swyddfa sy&apos;n adrodd ar achosion gweithiwr arall</translation>
    </message>
    <message>
        <source>only the office sees every worker&apos;s actions</source>
        <translation>dim ond y swyddfa sy&apos;n gweld camau pob gweithiwr</translation>
    </message>
    <message>
        <source>only those not done yet</source>
        <translation>dim ond y rhai sydd heb eu gwneud eto</translation>
    </message>
    <message>
        <source>others can change it</source>
        <translation>gall eraill ei newid</translation>
    </message>
    <message>
        <source>others can read it</source>
        <translation>gall eraill ei ddarllen</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>perchennog: {owner}</translation>
    </message>
    <message>
        <source>part of a name, locality or phone number; --search alone asks for it hidden, --search - reads it from standard input (either keeps it out of sight of other users)</source>
        <translation>rhan o enw, ardal neu rif ffôn; mae --search ar ei ben ei hun yn gofyn amdano&apos;n gudd, mae --search - yn ei ddarllen o&apos;r mewnbwn safonol (mae&apos;r naill a&apos;r llall yn ei gadw o olwg defnyddwyr eraill)</translation>
    </message>
    <message>
        <source>passphrase commands</source>
        <translation>gorchmynion cyfrinymadrodd</translation>
    </message>
    <message>
        <source>pdf (the default) or json</source>
        <translation>pdf (y rhagosodiad) neu json</translation>
    </message>
    <message>
        <source>people causing harm</source>
        <translation>pobl sy&apos;n achosi niwed</translation>
    </message>
    <message>
        <source>plan a contact by hand</source>
        <translation>cynllunio cyswllt â llaw</translation>
    </message>
    <message>
        <source>plan a visit (the office sees it in the next bundle)</source>
        <translation>cynllunio ymweliad (bydd y swyddfa&apos;n ei weld yn y bwndel nesaf)</translation>
    </message>
    <message>
        <source>planned contacts</source>
        <translation>cysylltiadau wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>argraffu JSON</translation>
    </message>
    <message>
        <source>print the person&apos;s name on their copy</source>
        <translation>argraffu enw&apos;r person ar eu copi</translation>
    </message>
    <message>
        <source>programmes started</source>
        <translation>rhaglenni a ddechreuodd</translation>
    </message>
    <message>
        <source>put an entry in a case&apos;s safety plan</source>
        <translation>rhoi cofnod yng nghynllun diogelwch achos</translation>
    </message>
    <message>
        <source>reached the person</source>
        <translation>wedi cyrraedd yr unigolyn</translation>
    </message>
    <message>
        <source>record a referral to a MARAC from a JSON file</source>
        <translation>cofnodi atgyfeiriad i MARAC o ffeil JSON</translation>
    </message>
    <message>
        <source>record a sharing, with its actions, from a JSON file</source>
        <translation>cofnodi rhannu, gyda&apos;i gamau, o ffeil JSON</translation>
    </message>
    <message>
        <source>record work done for a person without them there</source>
        <translation>cofnodi gwaith a wnaed dros berson heb iddyn nhw fod yno</translation>
    </message>
    <message>
        <source>record work done without the person (a call, a letter)</source>
        <translation>cofnodi gwaith a wnaed heb y person (galwad, llythyr)</translation>
    </message>
    <message>
        <source>reduced protection: no OS keyring, so the device secret is in a file beside the store</source>
        <translation>llai o ddiogelwch: dim cylch allweddi&apos;r system, felly mae cyfrinach y ddyfais mewn ffeil wrth ymyl y storfa</translation>
    </message>
    <message>
        <source>reference data comes only from the office</source>
        <translation>dim ond gan y swyddfa y daw data cyfeirio</translation>
    </message>
    <message>
        <source>released on {date}</source>
        <translation>dyddiad rhyddhau: {date}</translation>
    </message>
    <message>
        <source>remove what the schedule no longer keeps</source>
        <translation>dileu&apos;r hyn nad yw&apos;r amserlen yn ei gadw mwyach</translation>
    </message>
    <message>
        <source>replace FILE if it is already there</source>
        <translation>disodli FILE os yw yno&apos;n barod</translation>
    </message>
    <message>
        <source>replace FILE if it is already there (never in a store folder)</source>
        <translation>disodli FILE os yw yno eisoes (byth mewn ffolder storfa)</translation>
    </message>
    <message>
        <source>replace an entry with the one in a JSON file (- for standard input)</source>
        <translation>rhoi&apos;r cofnod mewn ffeil JSON yn lle cofnod (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>replace the store in DIR (it is moved aside, not deleted); asks you to type &apos;replace&apos;</source>
        <translation>disodli&apos;r storfa yn DIR (mae&apos;n cael ei symud o&apos;r neilltu, nid ei dileu); mae&apos;n gofyn i chi deipio &apos;replace&apos;</translation>
    </message>
    <message>
        <source>restore a backup into a new or empty store folder</source>
        <translation>adfer copi wrth gefn i ffolder storfa newydd neu wag</translation>
    </message>
    <message>
        <source>risk assessment</source>
        <translation>asesiad risg</translation>
    </message>
    <message>
        <source>risk assessments</source>
        <translation>asesiadau risg</translation>
    </message>
    <message>
        <source>risk assessments, their history and MARAC referrals</source>
        <translation>asesiadau risg, eu hanes ac atgyfeiriadau MARAC</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>cynllun diogelwch</translation>
    </message>
    <message>
        <source>safety plan versions</source>
        <translation>fersiynau cynllun diogelwch</translation>
    </message>
    <message>
        <source>safetyworker: something went wrong inside Safety Worker ({kind}). This is a bug; please report it. Any change in progress was not saved.</source>
        <translation>safetyworker: aeth rhywbeth o&apos;i le y tu mewn i Safety Worker ({kind}). Nam yw hwn; rhowch wybod amdano, os gwelwch yn dda. Ni chadwyd unrhyw newid oedd ar y gweill.</translation>
    </message>
    <message>
        <source>safetyworker: stopped.</source>
        <translation>safetyworker: wedi stopio.</translation>
    </message>
    <message>
        <source>safetyworker: {path} cannot be read or written from this user account (no permission).</source>
        <translation>safetyworker: does dim modd darllen nac ysgrifennu {path} o&apos;r cyfrif defnyddiwr hwn (dim caniatâd).</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>yr un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>same name and phone number</source>
        <translation>yr un enw a rhif ffôn</translation>
    </message>
    <message>
        <source>save a case&apos;s safety plan from a JSON file (- for standard input)</source>
        <translation>cadw cynllun diogelwch achos o ffeil JSON (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>save a printable copy of a case&apos;s safety plan as a PDF file</source>
        <translation>cadw copi i&apos;w argraffu o gynllun diogelwch achos fel ffeil PDF</translation>
    </message>
    <message>
        <source>save everything held about one person (a subject access copy)</source>
        <translation>cadw popeth a ddelir am un person (copi mynediad at ddata)</translation>
    </message>
    <message>
        <source>save the MARAC referral (worker copy) as a PDF file</source>
        <translation>cadw&apos;r atgyfeiriad MARAC (copi&apos;r gweithiwr) fel ffeil PDF</translation>
    </message>
    <message>
        <source>save the day&apos;s visit sheet for the office as a PDF</source>
        <translation>cadw taflen ymweliadau&apos;r diwrnod i&apos;r swyddfa fel PDF</translation>
    </message>
    <message>
        <source>save the person&apos;s items, edited with them, as a new version (JSON file, - for standard input)</source>
        <translation>cadw eitemau&apos;r person, wedi&apos;u golygu gyda nhw, fel fersiwn newydd (ffeil JSON, - ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <source>say &apos;off&apos;, &apos;daily&apos; or &apos;weekly&apos;</source>
        <translation>dywedwch &apos;off&apos;, &apos;daily&apos; neu &apos;weekly&apos;</translation>
    </message>
    <message>
        <source>say &apos;on&apos; or &apos;off&apos;</source>
        <translation>dywedwch &apos;on&apos; neu &apos;off&apos;</translation>
    </message>
    <message>
        <source>say an entry was checked today</source>
        <translation>dweud bod cofnod wedi&apos;i wirio heddiw</translation>
    </message>
    <message>
        <source>say how it was done</source>
        <translation>dywedwch sut y&apos;i gwnaed</translation>
    </message>
    <message>
        <source>say how many minutes it took</source>
        <translation>dywedwch sawl munud a gymerodd</translation>
    </message>
    <message>
        <source>say what kind of support it was</source>
        <translation>dywedwch pa fath o gymorth oedd e</translation>
    </message>
    <message>
        <source>say what the service does (one or more of: {k})</source>
        <translation>dywedwch beth mae&apos;r gwasanaeth yn ei wneud (un neu fwy o: {k})</translation>
    </message>
    <message>
        <source>say which folder to back up to</source>
        <translation>dywedwch i ba ffolder i wneud y copi wrth gefn</translation>
    </message>
    <message>
        <source>say which number was rung</source>
        <translation>dywedwch pa rif a ffoniwyd</translation>
    </message>
    <message>
        <source>say which number was texted</source>
        <translation>dywedwch i ba rif yr anfonwyd neges destun</translation>
    </message>
    <message>
        <source>say which worker the bundle is for (see &apos;office workers&apos;)</source>
        <translation>dywedwch ar gyfer pa weithiwr mae&apos;r bwndel (gweler &apos;office workers&apos;)</translation>
    </message>
    <message>
        <source>say why other people&apos;s details are included (it is kept with the case)</source>
        <translation>dywedwch pam mae manylion pobl eraill wedi&apos;u cynnwys (caiff ei gadw gyda&apos;r achos)</translation>
    </message>
    <message>
        <source>say why the case is being closed</source>
        <translation>dywedwch pam mae&apos;r achos yn cael ei gau</translation>
    </message>
    <message>
        <source>say why the referral goes ahead without the person&apos;s consent</source>
        <translation>dweud pam mae&apos;r atgyfeiriad yn mynd yn ei flaen heb ganiatâd y person</translation>
    </message>
    <message>
        <source>say why this contact is cancelled</source>
        <translation>dywedwch pam mae&apos;r cyswllt hwn yn cael ei ganslo</translation>
    </message>
    <message>
        <source>say why this was shared without the person&apos;s consent</source>
        <translation>dywedwch pam y rhannwyd hyn heb gydsyniad yr unigolyn</translation>
    </message>
    <message>
        <source>services for a need near a place</source>
        <translation>gwasanaethau ar gyfer angen ger lle</translation>
    </message>
    <message>
        <source>the log entry this one corrects (what it completed is undone first)</source>
        <translation>y cofnod yn y log y mae hwn yn ei gywiro (caiff yr hyn a gwblhaodd ei ddadwneud yn gyntaf)</translation>
    </message>
    <message>
        <source>{first} and {last_starting_with_a_vowel}</source>
        <translation>{first} ac {last_starting_with_a_vowel}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>{id} is not a note of this case</source>
        <translation>nid yw {id} yn nodyn yn yr achos hwn</translation>
    </message>
    <message>
        <source>{id} is not an entry of this case&apos;s contact log</source>
        <translation>nid yw {id} yn gofnod yn log cyswllt yr achos hwn</translation>
    </message>
    <message>
        <source>{id} was already corrected by {later}: correct that entry instead</source>
        <translation>mae {id} eisoes wedi&apos;i gywiro gan {later}: cywirwch y cofnod hwnnw yn lle</translation>
    </message>
    <message>
        <source>{name} was refused: this enrolment was already used by another laptop. {worker}&apos;s enrolment file may have been copied. Nothing was changed. Call {worker}; to start again, withdraw the laptop (Sync, Withdraw a laptop; or office revoke) and enrol {worker} again with a new file handed over in person.</source>
        <translation>Gwrthodwyd {name}: roedd y cofrestriad hwn eisoes wedi&apos;i ddefnyddio gan liniadur arall. Efallai fod ffeil gofrestru {worker} wedi&apos;i chopïo. Ni newidiwyd dim. Ffoniwch {worker}; i ddechrau eto, tynnwch y gliniadur yn ôl (Cysoni, Tynnu gliniadur yn ôl; neu office revoke) a chofrestrwch {worker} eto gyda ffeil newydd wedi&apos;i rhoi wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrolment was used by two laptops, so the office cannot tell which is theirs. Withdraw it (Sync, Withdraw a laptop; or office revoke) and enrol {name} again with a new file handed over in person.</source>
        <translation>Cafodd cofrestriad {name} ei ddefnyddio gan ddau liniadur, felly ni all y swyddfa ddweud pa un yw eu gliniadur nhw. Tynnwch ef yn ôl (Cysoni, Tynnu gliniadur yn ôl; neu office revoke) a chofrestrwch {name} eto gyda ffeil newydd wedi&apos;i rhoi wyneb yn wyneb.</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows changed nothing.</source>
        <translation>
            <numerusform>Ni newidiodd {n} rhes ddim.</numerusform>
            <numerusform>Ni newidiodd {n} rhes ddim.</numerusform>
            <numerusform>Ni newidiodd {n} rhes ddim.</numerusform>
            <numerusform>Ni newidiodd {n} rhes ddim.</numerusform>
            <numerusform>Ni newidiodd {n} rhes ddim.</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the office</source>
        <translation>wedi&apos;i osod gan y swyddfa</translation>
    </message>
    <message>
        <source>Child: {name}</source>
        <translation>Plentyn: {name}</translation>
    </message>
    <message>
        <source>Child: {name} ({age})</source>
        <translation>Plentyn: {name} ({age})</translation>
    </message>
    <message>
        <source>set here; each worker&apos;s next bundle carries it</source>
        <translation>wedi&apos;i osod yma; mae bwndel nesaf pob gweithiwr yn ei gario</translation>
    </message>
    <message>
        <source>share</source>
        <translation>cyfran</translation>
    </message>
    <message>
        <source>show a case&apos;s risk assessment (the latest by default)</source>
        <translation>dangos asesiad risg achos (y diweddaraf fel rhagosodiad)</translation>
    </message>
    <message>
        <source>show a case&apos;s safety plan</source>
        <translation>dangos cynllun diogelwch achos</translation>
    </message>
    <message>
        <source>show one agency and its contacts</source>
        <translation>dangos un asiantaeth a&apos;i chysylltiadau</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>dangos un achos</translation>
    </message>
    <message>
        <source>show the person&apos;s own copy of a case&apos;s plan (only their items)</source>
        <translation>dangos copi&apos;r person ei hun o gynllun achos (eu heitemau nhw yn unig)</translation>
    </message>
    <message>
        <source>show the retention schedule in force</source>
        <translation>dangos yr amserlen gadw sydd mewn grym</translation>
    </message>
    <message>
        <source>show the store&apos;s settings</source>
        <translation>dangos gosodiadau&apos;r storfa</translation>
    </message>
    <message>
        <source>show what would change per case; change nothing</source>
        <translation>dangos beth fyddai&apos;n newid ym mhob achos; peidio â newid dim</translation>
    </message>
    <message>
        <source>skipped line {line}, {field}: {problem}</source>
        <translation>hepgorwyd llinell {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>store settings (kept in the store)</source>
        <translation>gosodiadau&apos;r storfa (wedi&apos;u cadw yn y storfa)</translation>
    </message>
    <message>
        <source>support given: {k}</source>
        <translation>cymorth a roddwyd: {k}</translation>
    </message>
    <message>
        <source>sync bundles between a laptop and the office</source>
        <translation>cysoni bwndeli rhwng gliniadur a&apos;r swyddfa</translation>
    </message>
    <message>
        <source>take an entry out of the directory</source>
        <translation>tynnu cofnod o&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>tell them: {what}</source>
        <translation>dywedwch wrthyn nhw: {what}</translation>
    </message>
    <message>
        <source>test key settings are on: this store must not hold real data</source>
        <translation>mae gosodiadau allwedd prawf ymlaen: rhaid i&apos;r storfa hon beidio â dal data go iawn</translation>
    </message>
    <message>
        <source>that contact is already {status}</source>
        <translation>mae&apos;r cyswllt hwnnw eisoes yn {status}</translation>
    </message>
    <message>
        <source>that device&apos;s value is not part of this conflict</source>
        <translation>nid yw gwerth y ddyfais honno&apos;n rhan o&apos;r gwrthdaro hwn</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8), or - for standard input</source>
        <translation>y ffeil CSV (UTF-8), neu - ar gyfer mewnbwn safonol</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>the age of {name} must be a number, for example Ani (5)</source>
        <translation>rhaid i oed {name} fod yn rhif, er enghraifft Ani (5)</translation>
    </message>
    <message>
        <source>the agencies the service works with, and their contacts</source>
        <translation>yr asiantaethau y mae&apos;r gwasanaeth yn gweithio gyda nhw, a&apos;u cysylltiadau</translation>
    </message>
    <message>
        <source>the agreed words (never what they mean)</source>
        <translation>y geiriau a gytunwyd (byth beth maen nhw&apos;n ei olygu)</translation>
    </message>
    <message>
        <source>the audit trail: who did what, when; never case content</source>
        <translation>y trywydd archwilio: pwy wnaeth beth, pryd; byth gynnwys achos</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>y ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>y dechrau</translation>
    </message>
    <message>
        <source>the call card to read before ringing a case</source>
        <translation>y cerdyn galw i&apos;w ddarllen cyn ffonio achos</translation>
    </message>
    <message>
        <source>the calls that are due and safe to make now</source>
        <translation>y galwadau sy&apos;n ddyledus ac yn ddiogel i&apos;w gwneud nawr</translation>
    </message>
    <message>
        <source>the column &apos;{c}&apos; is missing</source>
        <translation>mae&apos;r golofn &apos;{c}&apos; ar goll</translation>
    </message>
    <message>
        <source>the column &apos;{c}&apos; is not known; use: {all}</source>
        <translation>nid yw&apos;r golofn &apos;{c}&apos; yn hysbys; defnyddiwch: {all}</translation>
    </message>
    <message>
        <source>the contact method (number) used</source>
        <translation>y ffordd o gysylltu (rhif) a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>the day it is due, e.g. 2026-12-24</source>
        <translation>y diwrnod mae&apos;n ddyledus, e.e. 2026-12-24</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>y rhagosodiad</translation>
    </message>
    <message>
        <source>the demo directory is too large</source>
        <translation>mae&apos;r cyfeiriadur enghreifftiol yn rhy fawr</translation>
    </message>
    <message>
        <source>the enrolled workers and their sync state</source>
        <translation>y gweithwyr sydd wedi cofrestru a chyflwr eu cysoni</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV near line {line} ({why})</source>
        <translation>ni ellir darllen y ffeil fel CSV ger llinell {line} ({why})</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV near line {line}: check for a quote (&quot;) that is not closed ({why})</source>
        <translation>ni ellir darllen y ffeil fel CSV ger llinell {line}: chwiliwch am ddyfynnod (&quot;) nad yw wedi&apos;i gau ({why})</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV near line {line}: check for a quote (&quot;) that is not closed, or text straight after a closing quote ({why})</source>
        <translation>does dim modd darllen y ffeil fel CSV ger llinell {line}: chwiliwch am ddyfynnod (&quot;) sydd heb ei gau, neu destun yn syth ar ôl dyfynnod cau ({why})</translation>
    </message>
    <message>
        <source>the file has a header row but no cases</source>
        <translation>mae rhes penawdau yn y ffeil ond dim achosion</translation>
    </message>
    <message>
        <source>the file has a header row but no entries</source>
        <translation>mae gan y ffeil res pennawd ond dim cofnodion</translation>
    </message>
    <message>
        <source>the file has more than {n} rows</source>
        <translation>mae gan y ffeil fwy na {n} rhes</translation>
    </message>
    <message>
        <source>the file has more than {n} rows: split it</source>
        <translation>mae gan y ffeil fwy na {n} rhes: rhannwch hi</translation>
    </message>
    <message>
        <source>the file has more than {n} rows: split it into smaller files</source>
        <translation>mae mwy na {n} rhes yn y ffeil: rhannwch hi&apos;n ffeiliau llai</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>the file is empty: it needs a first row naming the columns</source>
        <translation>mae&apos;r ffeil yn wag: mae angen rhes gyntaf sy&apos;n enwi&apos;r colofnau</translation>
    </message>
    <message>
        <source>the file is not JSON Safety Worker can read</source>
        <translation>nid yw&apos;r ffeil yn JSON y gall Safety Worker ei ddarllen</translation>
    </message>
    <message>
        <source>the file is not JSON Safety Worker can read (nested more than {n} levels deep)</source>
        <translation>nid yw&apos;r ffeil yn JSON y gall Safety Worker ei ddarllen (wedi&apos;i nythu mwy na {n} lefel o ddyfnder)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>nid testun UTF-8 yw&apos;r ffeil</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: in the spreadsheet, save as &quot;CSV UTF-8&quot;</source>
        <translation>nid testun UTF-8 yw&apos;r ffeil: yn y daenlen, cadwch fel &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is not a CSV text file</source>
        <translation>nid yw&apos;r ffeil yn ffeil destun CSV</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {col}: {msg})</source>
        <translation>nid yw&apos;r ffeil yn JSON dilys (llinell {line}, colofn {col}: {msg})</translation>
    </message>
    <message>
        <source>the file is too large to be a caseload</source>
        <translation>mae&apos;r ffeil yn rhy fawr i fod yn llwyth achosion</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>y ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>the first row must name the columns, and one of them must be &apos;reference&apos;</source>
        <translation>rhaid i&apos;r rhes gyntaf enwi&apos;r colofnau, a rhaid i un ohonynt fod yn &apos;reference&apos;</translation>
    </message>
    <message>
        <source>the folder to write it in (default: the folder chosen in the desktop&apos;s Settings)</source>
        <translation>y ffolder i&apos;w ysgrifennu ynddi (diofyn: y ffolder a ddewiswyd yng Ngosodiadau&apos;r ap bwrdd gwaith)</translation>
    </message>
    <message>
        <source>the helpline numbers printed on plans: show them, or send corrected ones</source>
        <translation>y rhifau llinell gymorth sy&apos;n cael eu hargraffu ar gynlluniau: eu dangos, neu anfon rhai wedi&apos;u cywiro</translation>
    </message>
    <message>
        <source>the list holds no cases</source>
        <translation>does dim achosion yn y rhestr</translation>
    </message>
    <message>
        <source>the list must keep at least one number printed on the person&apos;s copy</source>
        <translation>rhaid i&apos;r rhestr gadw o leiaf un rhif wedi&apos;i argraffu ar gopi&apos;r person</translation>
    </message>
    <message>
        <source>the list shipped with the app</source>
        <translation>y rhestr sy&apos;n dod gyda&apos;r ap</translation>
    </message>
    <message>
        <source>the local services directory</source>
        <translation>y cyfeiriadur gwasanaethau lleol</translation>
    </message>
    <message>
        <source>the lowest level (the first) must start from 0</source>
        <translation>rhaid i&apos;r lefel isaf (y gyntaf) ddechrau o 0</translation>
    </message>
    <message>
        <source>the moment to look from (ISO with offset or Z)</source>
        <translation>yr adeg i edrych ohoni (ISO gyda gwahaniaeth neu Z)</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is also used by the programme template {other}</source>
        <translation>mae&apos;r enw &apos;{name}&apos; hefyd yn cael ei ddefnyddio gan dempled rhaglen {other}</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>y swyddfa</translation>
    </message>
    <message>
        <source>the office keeps the directory: import the file there</source>
        <translation>y swyddfa sy&apos;n cadw&apos;r cyfeiriadur: mewnforiwch y ffeil yno</translation>
    </message>
    <message>
        <source>the office&apos;s name (with --office)</source>
        <translation>enw&apos;r swyddfa (gyda --office)</translation>
    </message>
    <message>
        <source>the open conflicts, with both values</source>
        <translation>y gwrthdaro agored, gyda&apos;r ddau werth</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>mae&apos;r cyfnod yn dechrau ar ôl iddo orffen</translation>
    </message>
    <message>
        <source>the person&apos;s address is not marked safe to visit: meet somewhere neutral and say where (for example a library or a community centre)</source>
        <translation>nid yw cyfeiriad y person wedi&apos;i nodi&apos;n ddiogel i ymweld ag ef: cyfarfodwch rywle niwtral a dywedwch ble (er enghraifft llyfrgell neu ganolfan gymunedol)</translation>
    </message>
    <message>
        <source>the plan was changed while it was shown, so this was not saved: show it again to edit it</source>
        <translation>newidiwyd y cynllun tra oedd yn cael ei ddangos, felly ni chafodd hyn ei gadw: dangoswch ef eto i&apos;w olygu</translation>
    </message>
    <message>
        <source>the planned contact this completes (default: the earliest due), or &apos;none&apos;</source>
        <translation>y cyswllt wedi&apos;i gynllunio mae hyn yn ei gwblhau (rhagosodiad: yr un cynharaf sy&apos;n ddyledus), neu &apos;none&apos;</translation>
    </message>
    <message>
        <source>the programme was dropped out of or breached</source>
        <translation>cafodd y rhaglen ei gadael neu ei thorri</translation>
    </message>
    <message>
        <source>the safety worker</source>
        <translation>y gweithiwr diogelwch</translation>
    </message>
    <message>
        <source>the same name is on line {line} too</source>
        <translation>mae&apos;r un enw ar linell {line} hefyd</translation>
    </message>
    <message>
        <source>the six words, in order</source>
        <translation>y chwe gair, yn eu trefn</translation>
    </message>
    <message>
        <source>the store folder</source>
        <translation>ffolder y storfa</translation>
    </message>
    <message>
        <source>the store folder to restore into</source>
        <translation>y ffolder storfa i adfer iddi</translation>
    </message>
    <message>
        <source>the support entry this one corrects</source>
        <translation>y cofnod cymorth y mae hwn yn ei gywiro</translation>
    </message>
    <message>
        <source>the time is in the future: log a contact once it has happened</source>
        <translation>mae&apos;r amser yn y dyfodol: cofnodwch gyswllt unwaith y mae wedi digwydd</translation>
    </message>
    <message>
        <source>the time is in the future: record work once it is done</source>
        <translation>mae&apos;r amser yn y dyfodol: cofnodwch waith unwaith y mae wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>the updates file was not applied: nothing was changed</source>
        <translation>ni chymhwyswyd y ffeil diweddariadau: ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the value on standard input is not UTF-8 text</source>
        <translation>nid testun UTF-8 yw&apos;r gwerth ar y mewnbwn safonol</translation>
    </message>
    <message>
        <source>the value on standard input is too long</source>
        <translation>mae&apos;r gwerth ar y mewnbwn safonol yn rhy hir</translation>
    </message>
    <message>
        <source>the visit&apos;s start cannot be read; plan the visit again</source>
        <translation>does dim modd darllen pryd mae&apos;r ymweliad yn dechrau; cynlluniwch yr ymweliad eto</translation>
    </message>
    <message>
        <source>the visits of a day (today by default)</source>
        <translation>ymweliadau diwrnod (heddiw yn ddiofyn)</translation>
    </message>
    <message>
        <source>the worker&apos;s name</source>
        <translation>enw&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>their custody changed</source>
        <translation>newidiodd eu statws dalfa</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>eu henw</translation>
    </message>
    <message>
        <source>there is no agency contact with this id</source>
        <translation>nid oes cyswllt asiantaeth gyda&apos;r id hwn</translation>
    </message>
    <message>
        <source>there is no demo case of that name</source>
        <translation>does dim achos enghreifftiol o&apos;r enw hwnnw</translation>
    </message>
    <message>
        <source>this action was already marked done on {d}</source>
        <translation>marciwyd y cam hwn wedi&apos;i wneud eisoes ar {d}</translation>
    </message>
    <message>
        <source>this agency is on the office&apos;s list: ask the office to change it (a laptop cannot)</source>
        <translation>mae&apos;r asiantaeth hon ar restr y swyddfa: gofynnwch i&apos;r swyddfa ei newid (ni all gliniadur)</translation>
    </message>
    <message>
        <source>this call was in a &apos;do not call&apos; period: say why</source>
        <translation>roedd yr alwad hon mewn cyfnod &quot;peidiwch â ffonio&quot;: dywedwch pam</translation>
    </message>
    <message>
        <source>this call was outside the agreed safe times: say why</source>
        <translation>roedd yr alwad hon y tu allan i&apos;r amseroedd diogel a gytunwyd: dywedwch pam</translation>
    </message>
    <message>
        <source>this case has no risk assessment yet: complete one first</source>
        <translation>does gan yr achos hwn ddim asesiad risg eto: cwblhewch un yn gyntaf</translation>
    </message>
    <message>
        <source>this case has no safety plan yet: write and save one first</source>
        <translation>does gan yr achos hwn ddim cynllun diogelwch eto: ysgrifennwch a chadwch un yn gyntaf</translation>
    </message>
    <message>
        <source>this case is already closed</source>
        <translation>mae&apos;r achos hwn eisoes ar gau</translation>
    </message>
    <message>
        <source>this case is closed</source>
        <translation>mae&apos;r achos hwn ar gau</translation>
    </message>
    <message>
        <source>this case is closed: its risk assessments can be read, not added to</source>
        <translation>mae&apos;r achos hwn ar gau: gellir darllen ei asesiadau risg, ond nid ychwanegu atynt</translation>
    </message>
    <message>
        <source>this case is closed: its safety plan can be read but not changed</source>
        <translation>mae&apos;r achos hwn ar gau: gellir darllen ei gynllun diogelwch ond nid ei newid</translation>
    </message>
    <message>
        <source>this contact is already {status}</source>
        <translation>mae&apos;r cyswllt hwn eisoes yn {status}</translation>
    </message>
    <message>
        <source>this entry is already changed or removed earlier in the list</source>
        <translation>mae&apos;r cofnod hwn eisoes wedi&apos;i newid neu ei dynnu&apos;n gynharach yn y rhestr</translation>
    </message>
    <message>
        <source>this entry is the office&apos;s: only the office changes it (tell them what is wrong)</source>
        <translation>cofnod y swyddfa yw hwn: dim ond y swyddfa sy&apos;n ei newid (dywedwch wrthyn nhw beth sy&apos;n anghywir)</translation>
    </message>
    <message>
        <source>this field holds {kind}; write a value of that kind</source>
        <translation>mae&apos;r maes hwn yn dal {kind}; ysgrifennwch werth o&apos;r math hwnnw</translation>
    </message>
    <message>
        <source>this is not a phone number: say why it was called</source>
        <translation>nid rhif ffôn yw hwn: dywedwch pam y cafodd ei ffonio</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>y gliniadur hwn</translation>
    </message>
    <message>
        <source>this number is marked not safe to call: say why it was called</source>
        <translation>mae&apos;r rhif hwn wedi&apos;i nodi fel ddim yn ddiogel i&apos;w ffonio: dywedwch pam y cafodd ei ffonio</translation>
    </message>
    <message>
        <source>this number is marked not safe to text: say why it was texted</source>
        <translation>mae&apos;r rhif hwn wedi&apos;i nodi fel ddim yn ddiogel i anfon neges destun ato: dywedwch pam yr anfonwyd neges</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>y swyddfa hon</translation>
    </message>
    <message>
        <source>this person has no programme recorded: add it to the case first</source>
        <translation>nid oes rhaglen wedi&apos;i chofnodi ar gyfer y person hwn: ychwanegwch hi at yr achos yn gyntaf</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns</source>
        <translation>mae gan y rhes hon fwy o gelloedd nag sydd o golofnau yn y pennawd</translation>
    </message>
    <message>
        <source>time and support given on a case</source>
        <translation>amser a chymorth a roddwyd ar achos</translation>
    </message>
    <message>
        <source>today&apos;s visits and back-in-touch times (overdue first)</source>
        <translation>ymweliadau heddiw a&apos;r amseroedd bod yn ôl mewn cysylltiad (y rhai hwyr yn gyntaf)</translation>
    </message>
    <message>
        <source>today: calls to make now and later, overdue, releases</source>
        <translation>heddiw: galwadau i&apos;w gwneud nawr ac yn nes ymlaen, yn hwyr, rhyddhau</translation>
    </message>
    <message>
        <source>total</source>
        <translation>cyfanswm</translation>
    </message>
    <message>
        <source>type the six words the laptop shows, in order (you gave {n})</source>
        <translation>teipiwch y chwe gair mae&apos;r gliniadur yn eu dangos, yn eu trefn (rhoesoch {n})</translation>
    </message>
    <message>
        <source>use &apos;case close&apos; to close a case, with the reason</source>
        <translation>defnyddiwch &apos;case close&apos; i gau achos, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>weeks without a recorded programme session before the person is told the sessions have stopped</source>
        <translation>wythnosau heb sesiwn rhaglen wedi&apos;i chofnodi cyn dweud wrth y person bod y sesiynau wedi dod i ben</translation>
    </message>
    <message>
        <source>what was sent, acknowledged and is waiting</source>
        <translation>beth a anfonwyd, a gydnabuwyd ac sy&apos;n aros</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>pryd (diofyn: nawr)</translation>
    </message>
    <message>
        <source>when the keyring is locked or fails: &apos;once&apos; opens with the passphrase alone this time; &apos;file&apos; keeps the store&apos;s secret in a file beside it from now on (reduced protection)</source>
        <translation>pan fydd y cylch allweddi wedi&apos;i gloi neu&apos;n methu: mae &apos;once&apos; yn agor gyda&apos;r cyfrinymadrodd yn unig y tro hwn; mae &apos;file&apos; yn cadw cyfrinach y storfa mewn ffeil wrth ei hymyl o hyn ymlaen (llai o ddiogelwch)</translation>
    </message>
    <message>
        <source>when you will be back in touch</source>
        <translation>pryd byddwch chi&apos;n ôl mewn cysylltiad</translation>
    </message>
    <message>
        <source>when, as ISO (2026-12-08T10:30 is local time; add an offset or Z for another zone)</source>
        <translation>pryd, fel ISO (amser lleol yw 2026-12-08T10:30; ychwanegwch wrthbwyso neu Z ar gyfer cylchfa arall)</translation>
    </message>
    <message>
        <source>when, with its offset (default: now)</source>
        <translation>pryd, gyda&apos;i wahaniaeth (rhagosodiad: nawr)</translation>
    </message>
    <message>
        <source>whether it is safe to call a case now (or at --at); exit 0 safe, 10 not safe now</source>
        <translation>a yw&apos;n ddiogel ffonio achos nawr (neu am --at); cod gadael 0 yn ddiogel, 10 ddim yn ddiogel nawr</translation>
    </message>
    <message>
        <source>which copy</source>
        <translation>pa gopi</translation>
    </message>
    <message>
        <source>who completed it</source>
        <translation>pwy a&apos;i cwblhaodd</translation>
    </message>
    <message>
        <source>who must pass what on, to whom, by when</source>
        <translation>pwy sy&apos;n gorfod trosglwyddo beth, i bwy, erbyn pryd</translation>
    </message>
    <message>
        <source>who wrote this version</source>
        <translation>pwy ysgrifennodd y fersiwn hon</translation>
    </message>
    <message>
        <source>whose bank holidays are not working days: england_wales, scotland or northern_ireland</source>
        <translation>gwyliau banc pa wlad nad ydynt yn ddiwrnodau gwaith: england_wales, scotland neu northern_ireland</translation>
    </message>
    <message>
        <source>why other people&apos;s details are included (kept with the case)</source>
        <translation>pam mae manylion pobl eraill wedi&apos;u cynnwys (caiff ei gadw gyda&apos;r achos)</translation>
    </message>
    <message>
        <source>why the case is closed</source>
        <translation>pam mae&apos;r achos ar gau</translation>
    </message>
    <message>
        <source>why, when the call was outside the safe times</source>
        <translation>pam, pan oedd yr alwad y tu allan i&apos;r amseroedd diogel</translation>
    </message>
    <message>
        <source>with --replace, for scripts: the second confirmation, given in advance</source>
        <translation>gyda --replace, ar gyfer sgriptiau: yr ail gadarnhad, wedi&apos;i roi ymlaen llaw</translation>
    </message>
    <message>
        <source>withdraw a lost laptop: its bundles are refused</source>
        <translation>tynnu gliniadur coll yn ôl: mae ei fwndeli&apos;n cael eu gwrthod</translation>
    </message>
    <message>
        <source>worker: {w} · </source>
        <translation>gweithiwr: {w} · </translation>
    </message>
    <message>
        <source>working days set</source>
        <translation>diwrnodau gwaith a osodwyd</translation>
    </message>
    <message>
        <source>working days within which the person is told of a change in probation&apos;s news (0: the same day)</source>
        <translation>diwrnodau gwaith i ddweud wrth y person am newid yn newyddion y gwasanaeth prawf (0: yr un diwrnod)</translation>
    </message>
    <message>
        <source>write a bundle (laptop: for the office)</source>
        <translation>ysgrifennu bwndel (gliniadur: i&apos;r swyddfa)</translation>
    </message>
    <message>
        <source>write an encrypted backup of the store (it opens with the store&apos;s passphrase)</source>
        <translation>ysgrifennu copi wrth gefn wedi&apos;i amgryptio o&apos;r storfa (mae&apos;n agor gyda chyfrinymadrodd y storfa)</translation>
    </message>
    <message>
        <source>write an enrolment file for a worker&apos;s laptop</source>
        <translation>ysgrifennu ffeil gofrestru ar gyfer gliniadur gweithiwr</translation>
    </message>
    <message>
        <source>write counts under 5 as they are (not for outside the service)</source>
        <translation>ysgrifennu niferoedd o dan 5 fel y maent (nid i&apos;w rhannu y tu allan i&apos;r gwasanaeth)</translation>
    </message>
    <message>
        <source>write one value, not a list</source>
        <translation>ysgrifennwch un gwerth, nid rhestr</translation>
    </message>
    <message>
        <source>write the date as day/month/year, for example 14/03/1990</source>
        <translation>ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 14/03/1990</translation>
    </message>
    <message>
        <source>write the trail&apos;s events as CSV, for an investigation</source>
        <translation>ysgrifennu digwyddiadau&apos;r trywydd fel CSV, ar gyfer ymchwiliad</translation>
    </message>
    <message>
        <source>write the value as JSON, for example &quot;Oak Lane&quot; in quotes</source>
        <translation>ysgrifennwch y gwerth fel JSON, er enghraifft &quot;Oak Lane&quot; mewn dyfynodau</translation>
    </message>
    <message>
        <source>write this value instead (JSON: &quot;text&quot;, 3, null)</source>
        <translation>ysgrifennwch y gwerth hwn yn lle hynny (JSON: &quot;text&quot;, 3, null)</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>ysgrifennwch ie neu na</translation>
    </message>
    <message>
        <source>write, read and print safety plans</source>
        <translation>ysgrifennu, darllen ac argraffu cynlluniau diogelwch</translation>
    </message>
    <message>
        <source>years after a case was closed that the office erases it, with everything about it (1 to 100)</source>
        <translation>y blynyddoedd ar ôl cau achos y mae&apos;r swyddfa yn ei ddileu, gyda phopeth amdano (1 i 100)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>yes: heard at a MARAC in the last months, and a new incident</source>
        <translation>ie: wedi&apos;i drafod mewn MARAC yn ystod y misoedd diwethaf, a digwyddiad newydd</translation>
    </message>
    <message>
        <source>{case} (closed {day}): {why}</source>
        <translation>{case} (caewyd {day}): {why}</translation>
    </message>
    <message>
        <source>{checklist} (version {v})</source>
        <translation>{checklist} (fersiwn {v})</translation>
    </message>
    <message>
        <source>{field}: {old} -&gt; {new}</source>
        <translation>{field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{file}, case {n} ({name})</source>
        <translation>{file}, achos {n} ({name})</translation>
    </message>
    <message>
        <source>{file}, {name}, version {n}</source>
        <translation>{file}, {name}, fersiwn {n}</translation>
    </message>
    <message>
        <source>{folder} is not empty and holds no store: restore into a new or empty folder. Nothing was changed.</source>
        <translation>Nid yw {folder} yn wag ac nid oes storfa ynddi: adferwch i ffolder newydd neu wag. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} awr</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} awr {m} mun</translation>
    </message>
    <message>
        <source>{ids}: not in the helplines list (see safetyworker office helplines)</source>
        <translation>{ids}: nid ydynt ar y rhestr llinellau cymorth (gweler safetyworker office helplines)</translation>
    </message>
    <message>
        <source>{id} is not a planned contact of this case</source>
        <translation>nid yw {id} yn gyswllt wedi&apos;i gynllunio ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>{id} is not a support entry of this case</source>
        <translation>nid yw {id} yn gofnod cymorth ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>{id} is not a worker enrolled here</source>
        <translation>nid yw {id} yn weithiwr sydd wedi&apos;i gofrestru yma</translation>
    </message>
    <message>
        <source>{level} (by judgement)</source>
        <translation>{level} (drwy farn broffesiynol)</translation>
    </message>
    <message>
        <source>{listed} and {n} more</source>
        <translation>{listed} a {n} arall</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({status}, {n} sessions)</source>
        <translation>
            <numerusform>{name} ({status}, {n} sesiwn)</numerusform>
            <numerusform>{name} ({status}, {n} sesiwn)</numerusform>
            <numerusform>{name} ({status}, {n} sesiwn)</numerusform>
            <numerusform>{name} ({status}, {n} sesiwn)</numerusform>
            <numerusform>{name} ({status}, {n} sesiwn)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} belongs to another office. Nothing was changed.</source>
        <translation>Mae {name} yn perthyn i swyddfa arall. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} cannot be opened here: it was made for a laptop or for another office, or it is damaged (for example cut short while copying). Nothing was changed.</source>
        <translation>Does dim modd agor {name} yma: cafodd ei wneud ar gyfer gliniadur neu ar gyfer swyddfa arall, neu mae wedi&apos;i ddifrodi (er enghraifft wedi&apos;i dorri&apos;n fyr wrth gopïo). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} cannot be opened here: it was made for another office or laptop, or it is damaged (for example cut short while copying). Nothing was changed.</source>
        <translation>Does dim modd agor {name} yma: cafodd ei wneud ar gyfer swyddfa neu liniadur arall, neu mae wedi&apos;i ddifrodi (er enghraifft wedi&apos;i dorri&apos;n fyr wrth gopïo). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} cannot be opened here: it was made for the office (as every bundle made on a laptop is) or for another laptop, or it is damaged (for example cut short while copying). Nothing was changed.</source>
        <translation>Does dim modd agor {name} yma: cafodd ei wneud ar gyfer y swyddfa (fel pob bwndel a wneir ar liniadur) neu ar gyfer gliniadur arall, neu mae wedi&apos;i ddifrodi (er enghraifft wedi&apos;i dorri&apos;n fyr wrth gopïo). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} carries an audit trail that is damaged or holds more than codes: refused. Nothing was changed.</source>
        <translation>Mae {name} yn cario trywydd archwilio sydd wedi&apos;i ddifrodi neu sy&apos;n dal mwy na chodau: gwrthodwyd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} comes from a laptop that was not set up with {worker}&apos;s enrolment file.</source>
        <translation>Mae {name} yn dod o liniadur na chafodd ei baratoi gyda ffeil gofrestru {worker}.</translation>
    </message>
    <message>
        <source>{name} comes from a laptop this office has not enrolled.</source>
        <translation>Mae {name} yn dod o liniadur nad yw&apos;r swyddfa hon wedi&apos;i gofrestru.</translation>
    </message>
    <message>
        <source>{name} comes from another office.</source>
        <translation>Mae {name} yn dod o swyddfa arall.</translation>
    </message>
    <message>
        <source>{name} comes from {worker}&apos;s laptop, which is waiting for the office to confirm this laptop&apos;s words. Nothing was applied yet. Ask {worker} to read out the six words their laptop shows, type them with &apos;office confirm {id} WORD WORD WORD WORD WORD WORD&apos; (or in the office window), then import {name} again.</source>
        <translation>Mae {name} yn dod o liniadur {worker}, sy&apos;n aros i&apos;r swyddfa gadarnhau geiriau&apos;r gliniadur hwn. Ni ddefnyddiwyd dim eto. Gofynnwch i {worker} ddarllen y chwe gair mae eu gliniadur yn eu dangos, teipiwch nhw gydag &apos;office confirm {id} GAIR GAIR GAIR GAIR GAIR GAIR&apos; (neu yn ffenestr y swyddfa), yna mewnforiwch {name} eto.</translation>
    </message>
    <message>
        <source>{name} comes from {worker}&apos;s laptop, whose enrolment was withdrawn.</source>
        <translation>Mae {name} yn dod o liniadur {worker}, y tynnwyd ei gofrestriad yn ôl.</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}).</source>
        <translation>Nid oedd modd darllen {name} ({why}).</translation>
    </message>
    <message>
        <source>{name} has a signature that does not match its sender. Nothing was changed.</source>
        <translation>Mae gan {name} lofnod nad yw&apos;n cyfateb i&apos;w anfonwr. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} holds a value that no form accepts ({where}): refused. Nothing was changed.</source>
        <translation>Mae {name} yn dal gwerth nad yw unrhyw ffurflen yn ei dderbyn ({where}): wedi&apos;i wrthod. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} holds changes this store cannot take ({why}). Nothing was changed.</source>
        <translation>Mae {name} yn dal newidiadau na all y storfa hon eu derbyn ({why}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is a bundle for a laptop, not for the office.</source>
        <translation>Bwndel ar gyfer gliniadur yw {name}, nid ar gyfer y swyddfa.</translation>
    </message>
    <message>
        <source>{name} is a bundle for the office, not for this laptop.</source>
        <translation>Bwndel ar gyfer y swyddfa yw {name}, nid ar gyfer y gliniadur hwn.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>Ffolder yw {name}, nid ffeil.</translation>
    </message>
    <message>
        <source>{name} is bundle {seq} that this laptop made for the office on {when}. Take it to the office to import there; it cannot be imported on the laptop that made it. Nothing was changed.</source>
        <translation>{name} yw bwndel {seq} a wnaeth y gliniadur hwn i&apos;r swyddfa ar {when}. Ewch ag ef i&apos;r swyddfa i&apos;w fewnforio yno; ni ellir ei fewnforio ar y gliniadur a&apos;i gwnaeth. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is bundle {seq} that this office made for {worker}&apos;s laptop on {when}. Import it on that laptop, not here. Nothing was changed.</source>
        <translation>{name} yw bwndel {seq} a wnaeth y swyddfa hon i liniadur {worker} ar {when}. Mewnforiwch ef ar y gliniadur hwnnw, nid yma. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation>Mae {name} wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>{name} is damaged. Nothing was changed.</source>
        <translation>Mae {name} wedi&apos;i ddifrodi. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is from a newer or unknown version of Safety Worker.</source>
        <translation>Mae {name} yn dod o fersiwn mwy newydd neu anhysbys o Safety Worker.</translation>
    </message>
    <message>
        <source>{name} is not a Safety Worker bundle (not an encrypted bundle file).</source>
        <translation>Nid bwndel Safety Worker yw {name} (nid ffeil bwndel wedi&apos;i hamgryptio).</translation>
    </message>
    <message>
        <source>{name} is not a Safety Worker bundle. Nothing was changed.</source>
        <translation>Nid bwndel Safety Worker yw {name}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is not an enrolment file from a Safety Worker office.</source>
        <translation>Nid ffeil gofrestru gan swyddfa Safety Worker yw {name}.</translation>
    </message>
    <message>
        <source>{name} is not the recovery file this step needs.</source>
        <translation>Nid {name} yw&apos;r ffeil adfer sydd ei hangen ar y cam hwn.</translation>
    </message>
    <message>
        <source>{name} is now {value}. Each worker&apos;s laptop takes it from its next bundle.</source>
        <translation>Mae {name} bellach yn {value}. Mae gliniadur pob gweithiwr yn ei gymryd o&apos;i fwndel nesaf.</translation>
    </message>
    <message>
        <source>{name} is the answer for another laptop.</source>
        <translation>{name} yw&apos;r ateb ar gyfer gliniadur arall.</translation>
    </message>
    <message>
        <source>{name} tried to change an agency on the office&apos;s list: refused. Nothing was changed. A laptop may add a local agency and change its own; only the office changes its list.</source>
        <translation>Ceisiodd {name} newid asiantaeth ar restr y swyddfa: gwrthodwyd. Ni newidiwyd dim. Gall gliniadur ychwanegu asiantaeth leol a newid ei un ei hun; dim ond y swyddfa sy&apos;n newid ei rhestr.</translation>
    </message>
    <message>
        <source>{name} tried to change cases not assigned to {worker}: refused. Nothing was changed. Ask {worker} about it, and check that laptop.</source>
        <translation>Ceisiodd {name} newid achosion nad ydynt wedi&apos;u neilltuo i {worker}: wedi&apos;i wrthod. Ni newidiwyd dim. Gofynnwch i {worker} am hyn, a gwiriwch y gliniadur hwnnw.</translation>
    </message>
    <message>
        <source>{name} tried to change the office&apos;s services directory: refused. Nothing was changed. A laptop may add entries of its own; only the office changes its list.</source>
        <translation>Ceisiodd {name} newid cyfeiriadur gwasanaethau&apos;r swyddfa: gwrthodwyd. Ni newidiwyd dim. Gall gliniadur ychwanegu ei gofnodion ei hun; dim ond y swyddfa sy&apos;n newid ei rhestr.</translation>
    </message>
    <message>
        <source>{name} tried to move a record from one case to another: refused. Nothing was changed. Only the office moves cases and what belongs to them.</source>
        <translation>Ceisiodd {name} symud cofnod o un achos i un arall: wedi&apos;i wrthod. Ni newidiwyd dim. Dim ond y swyddfa sy&apos;n symud achosion a&apos;r hyn sy&apos;n perthyn iddynt.</translation>
    </message>
    <message>
        <source>{name} tried to remove a case: refused. Nothing was changed. A laptop can close a case; only the office erases one.</source>
        <translation>Ceisiodd {name} dynnu achos: wedi&apos;i wrthod. Ni newidiwyd dim. Gall gliniadur gau achos; dim ond y swyddfa sy&apos;n dileu un.</translation>
    </message>
    <message>
        <source>{name} was made for another worker&apos;s laptop.</source>
        <translation>Cafodd {name} ei wneud ar gyfer gliniadur gweithiwr arall.</translation>
    </message>
    <message>
        <source>{name} was made on a computer whose clock is {days} days ahead. Set that computer&apos;s date and time right and make a new bundle. Nothing was changed.</source>
        <translation>Cafodd {name} ei wneud ar gyfrifiadur y mae ei gloc {days} diwrnod ar y blaen. Cywirwch ddyddiad ac amser y cyfrifiadur hwnnw a gwnewch fwndel newydd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} was not sealed to this office, or it is damaged.</source>
        <translation>Ni chafodd {name} ei selio i&apos;r swyddfa hon, neu mae wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>{name} was refused: at {mb} MB it is larger than any bundle can be.</source>
        <translation>Gwrthodwyd {name}: ar {mb} MB mae&apos;n fwy nag y gall unrhyw fwndel fod.</translation>
    </message>
    <message>
        <source>{name} was refused: it names too many recipients.</source>
        <translation>Gwrthodwyd {name}: mae&apos;n enwi gormod o dderbynwyr.</translation>
    </message>
    <message>
        <source>{name} was refused: it unpacks to more than {mb} MB, more than any bundle holds.</source>
        <translation>Gwrthodwyd {name}: mae&apos;n dadbacio i fwy na {mb} MB, mwy nag y mae unrhyw fwndel yn ei ddal.</translation>
    </message>
    <message>
        <source>{name} was refused: its header is too large or cut short.</source>
        <translation>Gwrthodwyd {name}: mae ei bennawd yn rhy fawr neu wedi&apos;i dorri&apos;n fyr.</translation>
    </message>
    <message>
        <source>{name} was refused: its number ({seq}) is far beyond any bundle this sender has made. Nothing was changed.</source>
        <translation>Gwrthodwyd {name}: mae ei rif ({seq}) ymhell y tu hwnt i unrhyw fwndel mae&apos;r anfonwr hwn wedi&apos;i wneud. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} was signed for another recipient. Nothing was changed.</source>
        <translation>Cafodd {name} ei lofnodi ar gyfer derbynnydd arall. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrolment was already used by another laptop: the file may have been copied. Call {name}.</source>
        <translation>Roedd cofrestriad {name} eisoes wedi&apos;i ddefnyddio gan liniadur arall: efallai fod y ffeil wedi&apos;i chopïo. Ffoniwch {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrolment was withdrawn</source>
        <translation>Cafodd cofrestriad {name} ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>{name}&apos;s enrolment was withdrawn.</source>
        <translation>Cafodd cofrestriad {name} ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop</source>
        <translation>Gliniadur {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop has not sent a bundle yet. Import one from it first: the office learns the laptop&apos;s keys from it.</source>
        <translation>Nid yw gliniadur {name} wedi anfon bwndel eto. Mewnforiwch un ohono yn gyntaf: mae&apos;r swyddfa&apos;n dysgu allweddi&apos;r gliniadur ohono.</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop is already confirmed, and these are not its words. Nothing was changed.</source>
        <translation>Mae gliniadur {name} eisoes wedi&apos;i gadarnhau, ac nid dyma ei eiriau. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop is withdrawn: its bundles will be refused.</source>
        <translation>Mae gliniadur {name} wedi&apos;i dynnu&apos;n ôl: bydd ei fwndeli&apos;n cael eu gwrthod.</translation>
    </message>
    <message>
        <source>{name}&apos;s laptop was already confirmed with these words.</source>
        <translation>Roedd gliniadur {name} eisoes wedi&apos;i gadarnhau gyda&apos;r geiriau hyn.</translation>
    </message>
    <message numerus="yes">
        <source>{n} agreed words are left off until their words are written apart from their meaning.</source>
        <translation>
            <numerusform>Mae {n} gair a gytunwyd yn cael eu gadael allan nes bydd eu geiriau wedi&apos;u hysgrifennu ar wahân i&apos;w hystyr.</numerusform>
            <numerusform>Mae {n} gair a gytunwyd yn cael ei adael allan nes bydd ei eiriau wedi&apos;u hysgrifennu ar wahân i&apos;w ystyr.</numerusform>
            <numerusform>Mae {n} gair a gytunwyd yn cael eu gadael allan nes bydd eu geiriau wedi&apos;u hysgrifennu ar wahân i&apos;w hystyr.</numerusform>
            <numerusform>Mae {n} gair a gytunwyd yn cael eu gadael allan nes bydd eu geiriau wedi&apos;u hysgrifennu ar wahân i&apos;w hystyr.</numerusform>
            <numerusform>Mae {n} gair a gytunwyd yn cael eu gadael allan nes bydd eu geiriau wedi&apos;u hysgrifennu ar wahân i&apos;w hystyr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} cases</source>
        <translation>
            <numerusform>{n} achos</numerusform>
            <numerusform>{n} achos</numerusform>
            <numerusform>{n} achos</numerusform>
            <numerusform>{n} achos</numerusform>
            <numerusform>{n} achos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} cases the office holds were taken off this laptop.</source>
        <translation>
            <numerusform>Cafodd {n} achos sydd gan y swyddfa eu tynnu oddi ar y gliniadur hwn.</numerusform>
            <numerusform>Cafodd {n} achos sydd gan y swyddfa ei dynnu oddi ar y gliniadur hwn.</numerusform>
            <numerusform>Cafodd {n} achos sydd gan y swyddfa eu tynnu oddi ar y gliniadur hwn.</numerusform>
            <numerusform>Cafodd {n} achos sydd gan y swyddfa eu tynnu oddi ar y gliniadur hwn.</numerusform>
            <numerusform>Cafodd {n} achos sydd gan y swyddfa eu tynnu oddi ar y gliniadur hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} changes to removed records were dropped.</source>
        <translation>
            <numerusform>Cafodd {n} newid i gofnodion a dynnwyd eu gollwng.</numerusform>
            <numerusform>Cafodd {n} newid i gofnod a dynnwyd ei ollwng.</numerusform>
            <numerusform>Cafodd {n} newid i gofnodion a dynnwyd eu gollwng.</numerusform>
            <numerusform>Cafodd {n} newid i gofnodion a dynnwyd eu gollwng.</numerusform>
            <numerusform>Cafodd {n} newid i gofnodion a dynnwyd eu gollwng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} contacts planned to tell the victim-survivor.</source>
        <translation>
            <numerusform>Cynlluniwyd {n} cyswllt i ddweud wrth y dioddefwr-goroeswr.</numerusform>
            <numerusform>Cynlluniwyd {n} cyswllt i ddweud wrth y dioddefwr-goroeswr.</numerusform>
            <numerusform>Cynlluniwyd {n} cyswllt i ddweud wrth y dioddefwr-goroeswr.</numerusform>
            <numerusform>Cynlluniwyd {n} cyswllt i ddweud wrth y dioddefwr-goroeswr.</numerusform>
            <numerusform>Cynlluniwyd {n} cyswllt i ddweud wrth y dioddefwr-goroeswr.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} files and folders</source>
        <translation>{n} o ffeiliau a ffolderi</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} munud</translation>
    </message>
    <message numerus="yes">
        <source>{n} new conflicts to look at: safetyworker conflicts list</source>
        <translation>
            <numerusform>{n} gwrthdaro newydd i edrych arnynt: safetyworker conflicts list</numerusform>
            <numerusform>{n} gwrthdaro newydd i edrych arnynt: safetyworker conflicts list</numerusform>
            <numerusform>{n} gwrthdaro newydd i edrych arnynt: safetyworker conflicts list</numerusform>
            <numerusform>{n} gwrthdaro newydd i edrych arnynt: safetyworker conflicts list</numerusform>
            <numerusform>{n} gwrthdaro newydd i edrych arnynt: safetyworker conflicts list</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} o {total}</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows have problems: nothing was imported</source>
        <translation>
            <numerusform>mae problemau gyda {n} rhes: ni fewnforiwyd dim</numerusform>
            <numerusform>mae problem gyda {n} rhes: ni fewnforiwyd dim</numerusform>
            <numerusform>mae problemau gyda {n} rhes: ni fewnforiwyd dim</numerusform>
            <numerusform>mae problemau gyda {n} rhes: ni fewnforiwyd dim</numerusform>
            <numerusform>mae problemau gyda {n} rhes: ni fewnforiwyd dim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits overdue: if you are safe, mark yourself back safe now. If you are not safe, ring 999, or your office.</source>
        <translation>
            <numerusform>{n} ymweliad yn hwyr: os ydych chi&apos;n ddiogel, nodwch eich bod yn ôl yn ddiogel nawr. Os nad ydych chi&apos;n ddiogel, ffoniwch 999, neu&apos;ch swyddfa.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: os ydych chi&apos;n ddiogel, nodwch eich bod yn ôl yn ddiogel nawr. Os nad ydych chi&apos;n ddiogel, ffoniwch 999, neu&apos;ch swyddfa.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: os ydych chi&apos;n ddiogel, nodwch eich bod yn ôl yn ddiogel nawr. Os nad ydych chi&apos;n ddiogel, ffoniwch 999, neu&apos;ch swyddfa.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: os ydych chi&apos;n ddiogel, nodwch eich bod yn ôl yn ddiogel nawr. Os nad ydych chi&apos;n ddiogel, ffoniwch 999, neu&apos;ch swyddfa.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: os ydych chi&apos;n ddiogel, nodwch eich bod yn ôl yn ddiogel nawr. Os nad ydych chi&apos;n ddiogel, ffoniwch 999, neu&apos;ch swyddfa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits overdue: ring the worker now.</source>
        <translation>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch y gweithiwr nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch y gweithiwr nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch y gweithiwr nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch y gweithiwr nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch y gweithiwr nawr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} visits overdue: ring {who} now.</source>
        <translation>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch {who} nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch {who} nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch {who} nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch {who} nawr.</numerusform>
            <numerusform>{n} ymweliad yn hwyr: ffoniwch {who} nawr.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>Mae {path} yn bodoli eisoes; dewiswch enw arall, neu ychwanegwch --force i&apos;w ddisodli.</translation>
    </message>
    <message>
        <source>{path} appeared while the backup was written; try again.</source>
        <translation>Ymddangosodd {path} tra oedd y copi wrth gefn yn cael ei ysgrifennu; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{path} cannot be read (no permission).</source>
        <translation>Does dim modd darllen {path} (dim caniatâd).</translation>
    </message>
    <message>
        <source>{path} could not be written ({why}).</source>
        <translation>Nid oedd modd ysgrifennu {path} ({why}).</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Nothing was changed.</source>
        <translation>Ffeil yw {path}, nid ffolder. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>Ffolder yw {path}, nid ffeil bwndel.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a backup file.</source>
        <translation>Ffolder yw {path}; rhowch ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>Ffolder yw {path}; rhowch enw ffeil.</translation>
    </message>
    <message>
        <source>{path} is inside the store folder {folder}. Nothing is ever written there, so the store stays whole; choose another place.</source>
        <translation>Mae {path} y tu mewn i ffolder y storfa {folder}. Does dim byth yn cael ei ysgrifennu yno, fel bod y storfa&apos;n aros yn gyfan; dewiswch le arall.</translation>
    </message>
    <message>
        <source>{path} is not a backup made by this app (or it is damaged beyond reading). Nothing was changed.</source>
        <translation>Nid yw {path} yn gopi wrth gefn a wnaed gan yr ap hwn (neu mae wedi&apos;i ddifrodi y tu hwnt i&apos;w ddarllen). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path} is {mode:o}: {what} (it should be {wanted:o})</source>
        <translation>Mae {path} yn {mode:o}: {what} (dylai fod yn {wanted:o})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>{table} {id}, {field}: {problem}</source>
        <translation>{table} {id}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{title}: {time} with or for the person, {travel} travelling</source>
        <translation>{title}: {time} gyda&apos;r person neu drostyn nhw, {travel} yn teithio</translation>
    </message>
    <message>
        <source>{value} is before the sharing it came from ({d})</source>
        <translation>mae {value} cyn y rhannu y daeth ohono ({d})</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>Mae {value} yn y dyfodol</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>Nid yw {value} yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>{value} is not a real date and time</source>
        <translation>Nid yw {value} yn ddyddiad ac amser go iawn</translation>
    </message>
    <message>
        <source>{value} is not a real time of day</source>
        <translation>Nid yw {value} yn amser go iawn o&apos;r dydd</translation>
    </message>
    <message>
        <source>{value} is too early</source>
        <translation>Mae {value} yn rhy gynnar</translation>
    </message>
    <message>
        <source>{when} by {assessor}</source>
        <translation>{when} gan {assessor}</translation>
    </message>
    <message>
        <source>{word} is not one of the fingerprint words: check the spelling with the worker</source>
        <translation>Nid yw {word} yn un o&apos;r geiriau olion bysedd: gwiriwch y sillafu gyda&apos;r gweithiwr</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
</context>
</TS>
