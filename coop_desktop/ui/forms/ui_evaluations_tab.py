# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluations_tab.ui'
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
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_EvaluationsTab(object):
    def setupUi(self, EvaluationsTab):
        if not EvaluationsTab.objectName():
            EvaluationsTab.setObjectName(u"EvaluationsTab")
        EvaluationsTab.resize(1180, 640)
        self.mainLayout = QVBoxLayout(EvaluationsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.callLayout = QHBoxLayout()
        self.callLayout.setObjectName(u"callLayout")
        self.callLabel = QLabel(EvaluationsTab)
        self.callLabel.setObjectName(u"callLabel")

        self.callLayout.addWidget(self.callLabel)

        self.callCombo = QComboBox(EvaluationsTab)
        self.callCombo.setObjectName(u"callCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.callCombo.sizePolicy().hasHeightForWidth())
        self.callCombo.setSizePolicy(sizePolicy)
        self.callCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.callCombo.setMinimumContentsLength(24)

        self.callLayout.addWidget(self.callCombo)

        self.searchEdit = QLineEdit(EvaluationsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(200, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.callLayout.addWidget(self.searchEdit)

        self.rankingButton = QPushButton(EvaluationsTab)
        self.rankingButton.setObjectName(u"rankingButton")

        self.callLayout.addWidget(self.rankingButton)

        self.consensusButton = QPushButton(EvaluationsTab)
        self.consensusButton.setObjectName(u"consensusButton")

        self.callLayout.addWidget(self.consensusButton)


        self.mainLayout.addLayout(self.callLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.openButton = QPushButton(EvaluationsTab)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.assignButton = QPushButton(EvaluationsTab)
        self.assignButton.setObjectName(u"assignButton")

        self.actionsLayout.addWidget(self.assignButton)

        self.autoAssignButton = QPushButton(EvaluationsTab)
        self.autoAssignButton.setObjectName(u"autoAssignButton")

        self.actionsLayout.addWidget(self.autoAssignButton)

        self.unassignButton = QPushButton(EvaluationsTab)
        self.unassignButton.setObjectName(u"unassignButton")

        self.actionsLayout.addWidget(self.unassignButton)

        self.reopenButton = QPushButton(EvaluationsTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        self.actionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(EvaluationsTab)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)
        self.progressLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progressLayout.addWidget(self.progressLabel)

        self.exportButton = QPushButton(EvaluationsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.progressLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(EvaluationsTab)
        self.importButton.setObjectName(u"importButton")

        self.progressLayout.addWidget(self.importButton)

        self.sheetButton = QPushButton(EvaluationsTab)
        self.sheetButton.setObjectName(u"sheetButton")

        self.progressLayout.addWidget(self.sheetButton)

        self.sheetsButton = QPushButton(EvaluationsTab)
        self.sheetsButton.setObjectName(u"sheetsButton")

        self.progressLayout.addWidget(self.sheetsButton)

        self.progressLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.progressLayout)

        self.stack = QStackedWidget(EvaluationsTab)
        self.stack.setObjectName(u"stack")
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridLayout = QVBoxLayout(self.gridPage)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.gridPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tableView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.tableView)

        self.stack.addWidget(self.gridPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.callLabel.setBuddy(self.callCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.callCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.tableView)
        QWidget.setTabOrder(self.tableView, self.openButton)
        QWidget.setTabOrder(self.openButton, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.autoAssignButton)
        QWidget.setTabOrder(self.autoAssignButton, self.unassignButton)
        QWidget.setTabOrder(self.unassignButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.sheetButton)
        QWidget.setTabOrder(self.sheetButton, self.sheetsButton)
        QWidget.setTabOrder(self.sheetsButton, self.rankingButton)
        QWidget.setTabOrder(self.rankingButton, self.consensusButton)

        self.retranslateUi(EvaluationsTab)

        QMetaObject.connectSlotsByName(EvaluationsTab)
    # setupUi

    def retranslateUi(self, EvaluationsTab):
        self.callLabel.setText(QCoreApplication.translate("EvaluationsTab", u"&Call:", None))
#if QT_CONFIG(tooltip)
        self.callCombo.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Calls in evaluation or with an approved ranking", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Search by protocol number, lead applicant or title", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EvaluationsTab", u"Search\u2026", None))
#if QT_CONFIG(tooltip)
        self.rankingButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"The call's ranking: compute it, read it, print it", None))
#endif // QT_CONFIG(tooltip)
        self.rankingButton.setText(QCoreApplication.translate("EvaluationsTab", u"&Ranking\u2026", None))
#if QT_CONFIG(tooltip)
        self.consensusButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Criteria whose scores diverge, and the committee's consensus on them", None))
#endif // QT_CONFIG(tooltip)
        self.consensusButton.setText(QCoreApplication.translate("EvaluationsTab", u"Co&nsensus\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Open the scoring form of the selected cell (or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EvaluationsTab", u"&Open form\u2026", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Give the selected application to a member of the committee", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("EvaluationsTab", u"A&ssign\u2026", None))
#if QT_CONFIG(tooltip)
        self.autoAssignButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Give every application the call's number of evaluators, balancing their loads and avoiding declared conflicts", None))
#endif // QT_CONFIG(tooltip)
        self.autoAssignButton.setText(QCoreApplication.translate("EvaluationsTab", u"Assign &automatically", None))
#if QT_CONFIG(tooltip)
        self.unassignButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Take back the selected form, if nobody has scored on it yet", None))
#endif // QT_CONFIG(tooltip)
        self.unassignButton.setText(QCoreApplication.translate("EvaluationsTab", u"Re&voke assignment\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Reopen the selected submitted form, with a written reason (logged)", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("EvaluationsTab", u"R&eopen form\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"One Excel workbook per evaluator, to score offline", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("EvaluationsTab", u"E&xport evaluator workbooks\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Read back the scores of filled-in evaluator workbooks", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("EvaluationsTab", u"&Import scores\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"The evaluation sheet of the selected application (scores of every evaluator, comments, total), in a preview to print or save", None))
#endif // QT_CONFIG(tooltip)
        self.sheetButton.setText(QCoreApplication.translate("EvaluationsTab", u"Evaluation s&heet\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetsButton.setToolTip(QCoreApplication.translate("EvaluationsTab", u"Every evaluation sheet of the call and the committee's minutes, written to a folder: one PDF each and all of them in one PDF", None))
#endif // QT_CONFIG(tooltip)
        self.sheetsButton.setText(QCoreApplication.translate("EvaluationsTab", u"Sheets an&d minutes\u2026", None))
        pass
    # retranslateUi

