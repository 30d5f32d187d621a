<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms of Safety Worker's text (tr(..., n)); the rest of the English is in the sources. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by 1 working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Took %n closed case(s) off this laptop: the office holds them.</source>
        <translation>
            <numerusform>Took %n closed case off this laptop: the office holds it.</numerusform>
            <numerusform>Took %n closed cases off this laptop: the office holds them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n closed case(s) that the retention schedule no longer keeps. Nothing else changed.</source>
        <translation>
            <numerusform>Removed %n closed case that the retention schedule no longer keeps. Nothing else changed.</numerusform>
            <numerusform>Removed %n closed cases that the retention schedule no longer keeps. Nothing else changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>Intact: %n event(s), each linked to the one before, and none missing from the end.</source>
        <translation>
            <numerusform>Intact: %n event, linked to the start, and none missing from the end.</numerusform>
            <numerusform>Intact: %n events, each linked to the one before, and none missing from the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) in {file}.</source>
        <translation>
            <numerusform>Saved %n event in {file}.</numerusform>
            <numerusform>Saved %n events in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRecordWidget</name>
    <message numerus="yes">
        <source>Due for release in %n day(s)</source>
        <translation>
            <numerusform>Due for release in 1 day</numerusform>
            <numerusform>Due for release in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need correcting (see the messages above).</source>
        <translation>
            <numerusform>Nothing was imported: 1 row needs correcting (see the messages above).</numerusform>
            <numerusform>Nothing was imported: %n rows need correcting (see the messages above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported 1 case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Loading the caseload… %n case(s) so far</source>
        <translation>
            <numerusform>Loading the caseload… 1 case so far</numerusform>
            <numerusform>Loading the caseload… %n cases so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>1 case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>{shown} of 1 case</numerusform>
            <numerusform>{shown} of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenActionsDialog</name>
    <message numerus="yes">
        <source>%n open action(s) across the workers&apos; cases</source>
        <translation>
            <numerusform>1 open action across the workers&apos; cases</numerusform>
            <numerusform>%n open actions across the workers&apos; cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>1 overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPrintDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>1 page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n call(s) can be made now</source>
        <translation>
            <numerusform>1 call can be made now</numerusform>
            <numerusform>%n calls can be made now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskHistory</name>
    <message numerus="yes">
        <source>History: %n assessment(s) · the latest {day}: score {score}, {level}</source>
        <translation>
            <numerusform>History: 1 assessment · the latest {day}: score {score}, {level}</numerusform>
            <numerusform>History: %n assessments · the latest {day}: score {score}, {level}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanPanel</name>
    <message numerus="yes">
        <source>Helplines: %n chosen</source>
        <translation>
            <numerusform>Helplines: %n chosen</numerusform>
            <numerusform>Helplines: %n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>1 change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>1 change applied</numerusform>
            <numerusform>%n changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>1 conflict to look at</numerusform>
            <numerusform>%n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to erased records left out</source>
        <translation>
            <numerusform>1 change to an erased record left out</numerusform>
            <numerusform>%n changes to erased records left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) the office now holds taken off this laptop</source>
        <translation>
            <numerusform>1 case the office now holds taken off this laptop</numerusform>
            <numerusform>%n cases the office now holds taken off this laptop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>1 change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent, waiting for the office to confirm it has them (its next bundle to this laptop does)</source>
        <translation>
            <numerusform>1 change sent, waiting for the office to confirm it has it (its next bundle to this laptop does)</numerusform>
            <numerusform>%n changes sent, waiting for the office to confirm it has them (its next bundle to this laptop does)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent for %n day(s)</source>
        <translation>
            <numerusform>Not sent for 1 day</numerusform>
            <numerusform>Not sent for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Office {name} · %n conflict(s) to look at</source>
        <translation>
            <numerusform>Office {name} · 1 conflict to look at</numerusform>
            <numerusform>Office {name} · %n conflicts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s): an enrolment used by two laptops</source>
        <translation>
            <numerusform>1 alert: an enrolment used by two laptops</numerusform>
            <numerusform>%n alerts: enrolments used by two laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting for the words to be confirmed</source>
        <translation>
            <numerusform>1 laptop waiting for its words to be confirmed</numerusform>
            <numerusform>%n laptops waiting for their words to be confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) in</source>
        <translation>
            <numerusform>%n bundle in</numerusform>
            <numerusform>%n bundles in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorkerDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>1 case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>1 day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release in %n day(s) ({date})</source>
        <translation>
            <numerusform>Release in 1 day ({date})</numerusform>
            <numerusform>Release in %n days ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by 1 working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
</TS>
