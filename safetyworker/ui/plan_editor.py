"""The items of a safety plan being written: a tree of sections with their items, and a card to edit the chosen
item (its words, whether it goes on the person's copy, its section), with the template's prompts as hints.

The items are kept in one list grouped by section, in the order of ``SECTIONS`` (which is also the printed
order); moving an item up or down stays within its section. The tree shows the sections the template suggests
plus any other section that has items. Whether an item is on the person's copy is shown on every row ("Yes" in
green, "No" in grey) and can be ticked there or in the card, so it is always plain what will be printed for the
person. ``SafetyPlanPanel`` (safety_plan.py) owns this editor and the rest of the tab.

The tree is only filled while the tab is in view (``build_if_stale`` when it is shown): opening a case does not
pay for a tab nobody looks at, and a hidden tab holds no text of the case.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem

from safetyworker.plans.model import CARD_SECTIONS, CODE_WORDS, SECTION_TITLES, SECTIONS, PlanItem
from safetyworker.plans.templates import PlanTemplate
from safetyworker.ui.forms.ui_safety_plan import Ui_SafetyPlan

_KIND = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1
_YES = QColor("#166534")
_NO = QColor("#5b6573")


class PlanItemsEditor(QObject):
    # the worker changed an item (added, removed, moved, rewritten, ticked)
    edited = Signal()

    def __init__(self, ui: Ui_SafetyPlan, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._items: list[dict] = []
        self._template: PlanTemplate | None = None
        self._active = False
        self._editable = False
        self._loading = False
        self._stale = False
        self._pending: tuple[str, object] | str | None = None  # what to choose once the tree is built
        header = ui.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        ui.items.setColumnWidth(1, max(110, header.sectionSizeHint(1) + 8))
        self._fit_timer = QTimer(self)  # row heights follow the column width once the layout has settled
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self._fit_timer.start())
        for key in SECTIONS:
            ui.section.addItem(SECTION_TITLES[key], key)
        ui.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.section.setMinimumContentsLength(14)
        ui.itemText.setPlaceholderText(self.tr("What is agreed, in words the person would use"))
        ui.itemMeaning.setPlaceholderText(
            self.tr("Who they go to and what they mean, e.g. texted to their sister: ring 999")
        )
        ui.items.currentItemChanged.connect(lambda *_a: self._selection_changed())
        ui.items.itemChanged.connect(self._tree_item_changed)
        ui.itemText.textChanged.connect(self._text_edited)
        ui.itemMeaning.textChanged.connect(self._meaning_edited)
        ui.personalCopy.toggled.connect(self._personal_toggled)
        ui.section.currentIndexChanged.connect(self._section_chosen)
        ui.addItem.clicked.connect(lambda: self.add_item())
        ui.removeItem.clicked.connect(self.remove_item)
        ui.moveUp.clicked.connect(lambda: self.move_item(-1))
        ui.moveDown.clicked.connect(lambda: self.move_item(1))

    # -- in and out --------------------------------------------------------------------------------------------
    def set_items(self, items: list[dict], template: PlanTemplate | None, active: bool, editable: bool) -> None:
        """Show ``items`` (dicts with section, text, personal_copy); not an edit."""
        order = {key: n for n, key in enumerate(SECTIONS)}
        # read by the model's rule, so an agreed-words item written before words and meaning were apart
        # comes in as its meaning only, exactly as it prints
        items = [PlanItem.from_stored({"personal_copy": False, **i}).to_json() for i in items]
        self._items = sorted(items, key=lambda i: order.get(i["section"], len(order)))
        self._template = template
        self._active = active
        self._editable = active and editable
        self._pending = None
        self.ui.items.setEnabled(active)
        if self.ui.items.isVisible():
            self._build()
        else:
            self._stale = True
            self._forget_shown()

    def set_template(self, template: PlanTemplate | None) -> None:
        """Another situation: other sections suggested, other prompts (the items stay as they are)."""
        self._template = template
        if not self._stale:
            self._rebuild(select=self.selected_key())
            self._selection_changed()

    def build_if_stale(self) -> None:
        """Fill the tree and the card (the tab has come into view)."""
        if self._stale:
            self._build()

    def _build(self) -> None:
        self._stale = False
        pending, self._pending = self._pending, None
        self._rebuild()
        if isinstance(pending, tuple):
            self.select(*pending)
        elif pending == "first":
            self.select_first()
        self._selection_changed()

    def _forget_shown(self) -> None:
        """Empty the tree and the card without filling them again (the tab is hidden)."""
        ui = self.ui
        was_loading, self._loading = self._loading, True
        try:
            if ui.items.topLevelItemCount():
                ui.items.clear()
            for label in (ui.itemHeading, ui.sectionSummary, ui.prompts, ui.personalHint):
                if label.text():
                    label.clear()
            for edit in (ui.itemText, ui.itemMeaning):
                if edit.toPlainText():
                    edit.setPlainText("")
        finally:
            self._loading = was_loading

    def items(self) -> list[dict]:
        """The items as they stand (saved or not), in order, including any left empty."""
        return [dict(item) for item in self._items]

    def schedule_fit(self) -> None:
        self._fit_timer.start()

    # -- the tree ----------------------------------------------------------------------------------------------
    def shown_sections(self) -> list[str]:
        suggested = set(self._template.section_ids()) if self._template is not None else set()
        used = {item["section"] for item in self._items}
        return [key for key in SECTIONS if key in suggested or key in used]

    def _rebuild(self, select: tuple[str, object] | None = None) -> None:
        tree = self.ui.items
        was_loading, self._loading = self._loading, True
        try:
            tree.clear()
            if not self._active:
                return
            bold = QFont(tree.font())
            bold.setBold(True)
            for key in self.shown_sections():
                top = QTreeWidgetItem([SECTION_TITLES[key], ""])
                top.setData(0, _KIND, "section")
                top.setData(0, _KEY, key)
                top.setFont(0, bold)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                tree.addTopLevelItem(top)
                for index, item in enumerate(self._items):
                    if item["section"] == key:
                        child = QTreeWidgetItem(top)
                        child.setData(0, _KIND, "item")
                        child.setData(0, _KEY, index)
                        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                        if self._editable:
                            flags |= Qt.ItemFlag.ItemIsUserCheckable
                        child.setFlags(flags)
                        self._show_item(child, item)
                top.setFirstColumnSpanned(True)  # a long section title reads in full
                top.setExpanded(True)
        finally:
            self._loading = was_loading
        self.fit_rows()
        if select is not None:
            self.select(*select)

    def fit_rows(self) -> None:
        """Give each item row the height its whole text needs at the column's width (the tree does not wrap
        text by itself), so an item is read in full, not cut off."""
        tree = self.ui.items
        width = tree.columnWidth(0) - 2 * tree.indentation() - 12
        if width <= 40:
            return
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            top.setSizeHint(0, QSize(0, QFontMetrics(top.font(0)).height() + 14))
            for c in range(top.childCount()):
                row = top.child(c)
                bounds = QFontMetrics(row.font(0)).boundingRect(
                    QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, row.text(0)
                )
                row.setSizeHint(0, QSize(0, bounds.height() + 10))
        tree.doItemsLayout()

    def _show_item(self, row: QTreeWidgetItem, item: dict) -> None:
        was_loading, self._loading = self._loading, True
        try:
            text = " ".join(item["text"].split())
            if not text and item["meaning"].strip():
                shown = self.tr("(the words to print are not written yet)")
            else:
                shown = text or self.tr("(empty: write what is agreed)")
            row.setText(0, shown)
            row.setToolTip(0, item["text"])
            font = QFont(self.ui.items.font())
            font.setItalic(not text)
            row.setFont(0, font)
            row.setForeground(0, QBrush(_NO) if not text else QBrush())
            personal = item["personal_copy"]
            row.setCheckState(1, Qt.CheckState.Checked if personal else Qt.CheckState.Unchecked)
            row.setText(1, self.tr("Yes") if personal else self.tr("No"))
            row.setToolTip(
                1,
                self.tr("Printed on the copy the person keeps")
                if personal
                else self.tr("Only on the worker copy: never printed for the person"),
            )
            row.setForeground(1, QBrush(_YES if personal else _NO))
        finally:
            self._loading = was_loading

    def row_of(self, index: int) -> QTreeWidgetItem | None:
        tree = self.ui.items
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for c in range(top.childCount()):
                if top.child(c).data(0, _KEY) == index:
                    return top.child(c)
        return None

    # -- selection ---------------------------------------------------------------------------------------------
    def selected_key(self) -> tuple[str, object] | None:
        """("section", section id) or ("item", index in the list), or None."""
        if self._stale:
            return self._pending if isinstance(self._pending, tuple) else None
        row = self.ui.items.currentItem()
        return (row.data(0, _KIND), row.data(0, _KEY)) if row is not None else None

    def selected_index(self) -> int | None:
        key = self.selected_key()
        return key[1] if key is not None and key[0] == "item" and isinstance(key[1], int) else None

    def select(self, kind: str, key: object) -> None:
        if self._stale:
            self._pending = (kind, key)
            return
        tree = self.ui.items
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for row in [top, *(top.child(c) for c in range(top.childCount()))]:
                if row.data(0, _KIND) == kind and row.data(0, _KEY) == key:
                    tree.setCurrentItem(row)
                    tree.scrollToItem(row)
                    return

    def select_first(self) -> None:
        """Choose the first section, so its prompts are in view from the start."""
        if self._stale:
            self._pending = "first"
        elif self.ui.items.topLevelItemCount():
            self.ui.items.setCurrentItem(self.ui.items.topLevelItem(0))

    def _selected_section(self) -> str | None:
        key = self.selected_key()
        if key is None:
            return None
        if key[0] == "section":
            return key[1] if isinstance(key[1], str) else None
        index = self.selected_index()
        return self._items[index]["section"] if index is not None else None

    def _selection_changed(self) -> None:
        ui = self.ui
        index = self.selected_index()
        section = self._selected_section()
        was_loading, self._loading = self._loading, True
        try:
            ui.itemPage.setVisible(index is not None)  # hidden, the other part takes no room
            ui.sectionPage.setVisible(index is None)
            if index is not None:
                item = self._items[index]
                if ui.itemText.toPlainText() != item["text"]:
                    ui.itemText.setPlainText(item["text"])
                if ui.itemMeaning.toPlainText() != item["meaning"]:
                    ui.itemMeaning.setPlainText(item["meaning"])
                ui.personalCopy.setChecked(item["personal_copy"])
                ui.section.setCurrentIndex(ui.section.findData(item["section"]))
            else:
                ui.itemText.setPlainText("")
                ui.itemMeaning.setPlainText("")
                ui.personalCopy.setChecked(False)
                ui.sectionSummary.setText(self._section_summary(section))
        finally:
            self._loading = was_loading
        ui.itemHeading.setText(SECTION_TITLES.get(section, "") if section else "")
        ui.itemHeading.setVisible(bool(section))
        prompts = self._template.prompts(section) if self._template is not None and section else ()
        ui.prompts.setText(
            "".join(
                f"<p style='margin:0 0 4px 14px; text-indent:-14px'>•&nbsp;&nbsp;{html.escape(p)}</p>" for p in prompts
            )
        )
        ui.prompts.setVisible(bool(prompts))
        ui.promptsHeading.setVisible(bool(prompts))
        ui.itemText.setReadOnly(not self._editable)
        ui.itemMeaning.setReadOnly(not self._editable)
        self._show_meaning(index)
        for widget in (ui.personalCopy, ui.section, ui.removeItem):
            widget.setEnabled(self._editable and index is not None)
        ui.moveUp.setEnabled(self._editable and self._neighbour(index, -1) is not None)
        ui.moveDown.setEnabled(self._editable and self._neighbour(index, 1) is not None)
        ui.addItem.setEnabled(self._editable and bool(self.shown_sections()))
        self._show_personal_hint()

    def _section_summary(self, section: str | None) -> str:
        if not self._active:
            return ""
        if section is None:
            return self.tr("Choose a section or an item on the left.")
        if not self._items:
            return self.tr(
                "Nothing is written down yet. Talk it through using the prompts below, then use Add item to "
                "write down what is agreed."
            )
        items = [i for i in self._items if i["section"] == section]
        if not items:
            return self.tr("Nothing in this section yet. Use Add item to add what is agreed.")
        personal = sum(1 for i in items if i["personal_copy"])
        return self.tr("{total} in this section, {n} of them on the person's copy.").format(
            total=len(items), n=personal
        )

    def _show_meaning(self, index: int | None) -> None:
        """The "what they mean" box: for agreed words (and any item that has a meaning already, so it is
        never hidden from the worker)."""
        item = self._items[index] if index is not None else None
        shown = item is not None and (item["section"] == CODE_WORDS or bool(item["meaning"].strip()))
        self.ui.meaningLabel.setVisible(shown)
        self.ui.itemMeaning.setVisible(shown)
        # agreed words are a short phrase: a smaller box leaves room for the meaning on a laptop screen
        self.ui.itemText.setMinimumHeight(40 if shown else 56)
        if item is not None and item["section"] == CODE_WORDS:
            self.ui.itemText.setPlaceholderText(self.tr("The words alone, as the person would say or text them"))
        else:
            self.ui.itemText.setPlaceholderText(self.tr("What is agreed, in words the person would use"))

    def _show_personal_hint(self) -> None:
        index = self.selected_index()
        hint = ""
        if index is not None:
            item = self._items[index]
            if not item["personal_copy"]:
                hint = self.tr("Only on the worker copy: never printed for the person.")
            elif item["section"] == CODE_WORDS:
                hint = self.tr("Only the words print, never what they mean.")
            elif item["section"] in CARD_SECTIONS:
                hint = self.tr("Printed on the copy the person keeps, and on the pocket card.")
            else:
                hint = self.tr("Printed on the copy the person keeps.")
        self.ui.personalHint.setText(hint)

    # -- editing -----------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading and self._active:
            self.edited.emit()

    def _text_edited(self) -> None:
        index = self.selected_index()
        if self._loading or index is None:
            return
        self._items[index]["text"] = self.ui.itemText.toPlainText()
        row = self.row_of(index)
        if row is not None:
            self._show_item(row, self._items[index])
            self.fit_rows()
        self._changed()

    def _meaning_edited(self) -> None:
        index = self.selected_index()
        if self._loading or index is None:
            return
        self._items[index]["meaning"] = self.ui.itemMeaning.toPlainText()
        row = self.row_of(index)
        if row is not None:
            self._show_item(row, self._items[index])
            self.fit_rows()
        self._changed()

    def _set_personal(self, index: int, personal: bool) -> None:
        if self._items[index]["personal_copy"] == personal:
            return
        self._items[index]["personal_copy"] = personal
        row = self.row_of(index)
        if row is not None:
            self._show_item(row, self._items[index])
        if self.selected_index() == index:
            was_loading, self._loading = self._loading, True
            self.ui.personalCopy.setChecked(personal)
            self._loading = was_loading
            self._show_personal_hint()
        self._changed()

    def _personal_toggled(self, checked: bool) -> None:
        index = self.selected_index()
        if not self._loading and index is not None:
            self._set_personal(index, checked)

    def _tree_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 1 or row.data(0, _KIND) != "item":
            return
        self._set_personal(row.data(0, _KEY), row.checkState(1) == Qt.CheckState.Checked)

    def _section_chosen(self, _index: int) -> None:
        index = self.selected_index()
        section = self.ui.section.currentData()
        if self._loading or index is None or section == self._items[index]["section"]:
            return
        item = self._items.pop(index)
        item["section"] = section
        new_index = self._end_of(section)
        self._items.insert(new_index, item)
        self._rebuild(select=("item", new_index))
        self._changed()

    def _end_of(self, section: str) -> int:
        """Where an item added at the end of ``section`` goes in the list (kept grouped by section)."""
        rank = SECTIONS.index(section)
        return sum(1 for item in self._items if SECTIONS.index(item["section"]) <= rank)

    def _neighbour(self, index: int | None, step: int) -> int | None:
        if index is None:
            return None
        other = index + step
        if 0 <= other < len(self._items) and self._items[other]["section"] == self._items[index]["section"]:
            return other
        return None

    def add_item(self, section: str | None = None, text: str = "", personal_copy: bool = False) -> int | None:
        """Add an item to ``section`` (by default the chosen one) and choose it, ready to write in."""
        self.build_if_stale()
        if not self._editable:
            return None
        shown = self.shown_sections()
        section = section or self._selected_section() or (shown[0] if shown else None)
        if section not in SECTIONS:
            return None
        index = self.selected_index()
        if index is not None and self._items[index]["section"] == section:
            index += 1
        else:
            index = self._end_of(section)
        self._items.insert(index, {"section": section, "text": text, "personal_copy": personal_copy, "meaning": ""})
        self._rebuild(select=("item", index))
        self.ui.itemText.setFocus()
        self._changed()
        return index

    def remove_item(self) -> None:
        self.build_if_stale()
        index = self.selected_index()
        if index is None or not self._editable:
            return
        section = self._items.pop(index)["section"]
        if index < len(self._items) and self._items[index]["section"] == section:
            select = ("item", index)
        elif index > 0 and self._items[index - 1]["section"] == section:
            select = ("item", index - 1)
        else:
            select = ("section", section)
        self._rebuild(select=select)
        self._changed()

    def move_item(self, step: int) -> None:
        self.build_if_stale()
        index = self.selected_index()
        other = self._neighbour(index, step)
        if index is None or other is None or not self._editable:
            return
        self._items[index], self._items[other] = self._items[other], self._items[index]
        self._rebuild(select=("item", other))
        self._changed()
