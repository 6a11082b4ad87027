# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calls_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CallsTab(object):
    def setupUi(self, CallsTab):
        if not CallsTab.objectName():
            CallsTab.setObjectName(u"CallsTab")
        CallsTab.resize(1100, 600)
        self.mainLayout = QVBoxLayout(CallsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(CallsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.importButton = QPushButton(CallsTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(CallsTab)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(CallsTab)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.duplicateButton = QPushButton(CallsTab)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.actionsLayout.addWidget(self.duplicateButton)

        self.applicationsButton = QPushButton(CallsTab)
        self.applicationsButton.setObjectName(u"applicationsButton")

        self.actionsLayout.addWidget(self.applicationsButton)

        self.lettersButton = QPushButton(CallsTab)
        self.lettersButton.setObjectName(u"lettersButton")

        self.actionsLayout.addWidget(self.lettersButton)

        self.actionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.countLabel = QLabel(CallsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.actionsLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.actionsLayout)

        self.tableView = QTableView(CallsTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)


        self.retranslateUi(CallsTab)

        QMetaObject.connectSlotsByName(CallsTab)
    # setupUi

    def retranslateUi(self, CallsTab):
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("CallsTab", u"Search by code or title", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CallsTab", u"Search\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CallsTab", u"Create a draft call from a workbook with the sheets \u00abBando\u00bb, \u00abCriteri\u00bb and \u00abCommissione\u00bb, checking it first", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CallsTab", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CallsTab", u"Write a new call: it starts as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("CallsTab", u"&New call\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("CallsTab", u"Open the selected call (or double-click the row)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("CallsTab", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("CallsTab", u"Start next year's call from the selected one: rules, grid, documents and committee are copied", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateButton.setText(QCoreApplication.translate("CallsTab", u"D&uplicate\u2026", None))
#if QT_CONFIG(tooltip)
        self.applicationsButton.setToolTip(QCoreApplication.translate("CallsTab", u"The register of the applications received by the selected call", None))
#endif // QT_CONFIG(tooltip)
        self.applicationsButton.setText(QCoreApplication.translate("CallsTab", u"&Applications\u2026", None))
#if QT_CONFIG(tooltip)
        self.lettersButton.setToolTip(QCoreApplication.translate("CallsTab", u"Letters to the applicants of the selected call (start of proceedings, request for documents, pre-rejection notice, outcome), written to a folder: one PDF each and all of them in one PDF", None))
#endif // QT_CONFIG(tooltip)
        self.lettersButton.setText(QCoreApplication.translate("CallsTab", u"&Letters\u2026", None))
        pass
    # retranslateUi

