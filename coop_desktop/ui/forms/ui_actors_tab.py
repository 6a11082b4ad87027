# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actors_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ActorsTab(object):
    def setupUi(self, ActorsTab):
        if not ActorsTab.objectName():
            ActorsTab.setObjectName(u"ActorsTab")
        ActorsTab.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ActorsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ActorsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.importButton = QPushButton(ActorsTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(ActorsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)

        self.templateButton = QPushButton(ActorsTab)
        self.templateButton.setObjectName(u"templateButton")

        self.filterLayout.addWidget(self.templateButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.typeCombo = QComboBox(ActorsTab)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.optionsLayout.addWidget(self.typeCombo)

        self.provinceCombo = QComboBox(ActorsTab)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provinceCombo.setMaxVisibleItems(20)
        self.provinceCombo.setMinimumContentsLength(16)

        self.optionsLayout.addWidget(self.provinceCombo)

        self.bodyCombo = QComboBox(ActorsTab)
        self.bodyCombo.setObjectName(u"bodyCombo")
        self.bodyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bodyCombo.setMinimumContentsLength(24)
        self.bodyCombo.setMaxVisibleItems(20)

        self.optionsLayout.addWidget(self.bodyCombo)

        self.archivedCombo = QComboBox(ActorsTab)
        self.archivedCombo.setObjectName(u"archivedCombo")
        self.archivedCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.optionsLayout.addWidget(self.archivedCombo)

        self.optionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.mainLayout.addLayout(self.optionsLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ActorsTab)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ActorsTab)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(ActorsTab)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionsLayout.addWidget(self.archiveButton)

        self.deleteButton = QPushButton(ActorsTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.mergeButton = QPushButton(ActorsTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.actionsLayout.addWidget(self.mergeButton)

        self.actionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.countLabel = QLabel(ActorsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.actionsLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.actionsLayout)

        self.tableView = QTableView(ActorsTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)


        self.retranslateUi(ActorsTab)

        QMetaObject.connectSlotsByName(ActorsTab)
    # setupUi

    def retranslateUi(self, ActorsTab):
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ActorsTab", u"Search by name, tax code, VAT number, municipality or e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ActorsTab", u"Search\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Add actors from an .xlsx sheet, checking every row first", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ActorsTab", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Save the actors of the list as it is now (search, filters and order) to an .xlsx file", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ActorsTab", u"E&xport view to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Save an empty .xlsx sheet with the columns the import expects", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ActorsTab", u"Download &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Type of actor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.provinceCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Province of the registered office", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.bodyCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Actors sitting in a governance body (forum, thematic table, working group)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.archivedCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Active actors, archived ones or both", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Register a new actor", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ActorsTab", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Open the record of the selected actor (or double-click the row)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ActorsTab", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Archive the selected actors: they leave the active list but keep their history", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("ActorsTab", u"&Archive", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Delete the selected actor; one that appears in applications or partnerships can only be archived", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ActorsTab", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("ActorsTab", u"Merge two records of the same actor: select both, or one and search for the other", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("ActorsTab", u"&Merge duplicates\u2026", None))
        pass
    # retranslateUi

