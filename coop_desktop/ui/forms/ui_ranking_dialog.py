# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ranking_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RankingDialog(object):
    def setupUi(self, RankingDialog):
        if not RankingDialog.objectName():
            RankingDialog.setObjectName(u"RankingDialog")
        RankingDialog.resize(1320, 700)
        self.mainLayout = QVBoxLayout(RankingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(RankingDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.headerLabel.setFont(font)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headerLabel)

        self.bannerLabel = QLabel(RankingDialog)
        self.bannerLabel.setObjectName(u"bannerLabel")
        font1 = QFont()
        font1.setBold(True)
        self.bannerLabel.setFont(font1)
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.bannerLabel)

        self.versionLayout = QHBoxLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLabel = QLabel(RankingDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.versionLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(RankingDialog)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setMinimumSize(QSize(420, 0))
        self.versionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.versionLayout.addWidget(self.versionCombo)

        self.versionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionLayout.addItem(self.versionSpacer)

        self.budgetLabel = QLabel(RankingDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")
        self.budgetLabel.setStyleSheet(u"background: #eef3f8; padding: 6px; border-radius: 3px;")
        self.budgetLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionLayout.addWidget(self.budgetLabel)


        self.mainLayout.addLayout(self.versionLayout)

        self.versionInfoLabel = QLabel(RankingDialog)
        self.versionInfoLabel.setObjectName(u"versionInfoLabel")
        self.versionInfoLabel.setWordWrap(True)
        self.versionInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.versionInfoLabel)

        self.rankingTable = QTableView(RankingDialog)
        self.rankingTable.setObjectName(u"rankingTable")
        self.rankingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingTable.setAlternatingRowColors(True)
        self.rankingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rankingTable.setWordWrap(False)
        self.rankingTable.horizontalHeader().setHighlightSections(False)
        self.rankingTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.rankingTable)

        self.lineNoteLabel = QLabel(RankingDialog)
        self.lineNoteLabel.setObjectName(u"lineNoteLabel")
        self.lineNoteLabel.setMinimumSize(QSize(0, 36))
        self.lineNoteLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.lineNoteLabel.setWordWrap(True)
        self.lineNoteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.lineNoteLabel)

        self.messageLabel = QLabel(RankingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.computeButton = QPushButton(RankingDialog)
        self.computeButton.setObjectName(u"computeButton")

        self.actionsLayout.addWidget(self.computeButton)

        self.consensusButton = QPushButton(RankingDialog)
        self.consensusButton.setObjectName(u"consensusButton")

        self.actionsLayout.addWidget(self.consensusButton)

        self.approveButton = QPushButton(RankingDialog)
        self.approveButton.setObjectName(u"approveButton")

        self.actionsLayout.addWidget(self.approveButton)

        self.scorrimentoButton = QPushButton(RankingDialog)
        self.scorrimentoButton.setObjectName(u"scorrimentoButton")

        self.actionsLayout.addWidget(self.scorrimentoButton)

        self.exportButton = QPushButton(RankingDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.annexButton = QPushButton(RankingDialog)
        self.annexButton.setObjectName(u"annexButton")

        self.actionsLayout.addWidget(self.annexButton)

        self.annexExcelButton = QPushButton(RankingDialog)
        self.annexExcelButton.setObjectName(u"annexExcelButton")

        self.actionsLayout.addWidget(self.annexExcelButton)

        self.lettersButton = QPushButton(RankingDialog)
        self.lettersButton.setObjectName(u"lettersButton")

        self.actionsLayout.addWidget(self.lettersButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.buttonBox = QDialogButtonBox(RankingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.actionsLayout)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionCombo, self.rankingTable)
        QWidget.setTabOrder(self.rankingTable, self.computeButton)
        QWidget.setTabOrder(self.computeButton, self.consensusButton)
        QWidget.setTabOrder(self.consensusButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.scorrimentoButton)
        QWidget.setTabOrder(self.scorrimentoButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.annexButton)
        QWidget.setTabOrder(self.annexButton, self.annexExcelButton)
        QWidget.setTabOrder(self.annexExcelButton, self.lettersButton)

        self.retranslateUi(RankingDialog)

        QMetaObject.connectSlotsByName(RankingDialog)
    # setupUi

    def retranslateUi(self, RankingDialog):
        RankingDialog.setWindowTitle(QCoreApplication.translate("RankingDialog", u"Ranking", None))
        self.versionLabel.setText(QCoreApplication.translate("RankingDialog", u"&Version", None))
#if QT_CONFIG(tooltip)
        self.versionCombo.setToolTip(QCoreApplication.translate("RankingDialog", u"The ranking as computed now, or a stored version: every approved version is kept after a withdrawal or revocation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.computeButton.setToolTip(QCoreApplication.translate("RankingDialog", u"Compute the ranking from the submitted scores and store it: from then on the evaluators see each other's scores", None))
#endif // QT_CONFIG(tooltip)
        self.computeButton.setText(QCoreApplication.translate("RankingDialog", u"&Compute ranking", None))
#if QT_CONFIG(tooltip)
        self.consensusButton.setToolTip(QCoreApplication.translate("RankingDialog", u"Criteria on which the evaluators diverge beyond the call's threshold, and the committee's consensus scores", None))
#endif // QT_CONFIG(tooltip)
        self.consensusButton.setText(QCoreApplication.translate("RankingDialog", u"C&onsensus\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("RankingDialog", u"&Approve\u2026", None))
        self.scorrimentoButton.setText(QCoreApplication.translate("RankingDialog", u"&Withdrawal/revocation\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RankingDialog", u"Save the ranking shown as an Excel sheet", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RankingDialog", u"&Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.annexButton.setToolTip(QCoreApplication.translate("RankingDialog", u"The decree's annexes A, B and C (funded, eligible not funded, not admitted), in a preview to print or save", None))
#endif // QT_CONFIG(tooltip)
        self.annexButton.setText(QCoreApplication.translate("RankingDialog", u"Decree a&nnexes\u2026", None))
#if QT_CONFIG(tooltip)
        self.annexExcelButton.setToolTip(QCoreApplication.translate("RankingDialog", u"The decree's annexes as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.annexExcelButton.setText(QCoreApplication.translate("RankingDialog", u"Annexes in Exce&l\u2026", None))
        self.lettersButton.setText(QCoreApplication.translate("RankingDialog", u"Outcome le&tters\u2026", None))
    # retranslateUi

