# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from coop_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(1000, 680)
        CallDialog.setLocale(QLocale(QLocale.Italian, QLocale.Italy))
        self.mainLayout = QVBoxLayout(CallDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(CallDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-weight: bold;")
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusBadge = QLabel(CallDialog)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setStyleSheet(u"background: #e3ecf7; color: #1f3b5c; padding: 3px 8px; border-radius: 3px;")

        self.headerLayout.addWidget(self.statusBadge)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabWidget = QTabWidget(CallDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalPageLayout = QVBoxLayout(self.generalPage)
        self.generalPageLayout.setObjectName(u"generalPageLayout")
        self.generalBanner = QLabel(self.generalPage)
        self.generalBanner.setObjectName(u"generalBanner")
        self.generalBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.generalBanner.setWordWrap(True)

        self.generalPageLayout.addWidget(self.generalBanner)

        self.generalLayout = QHBoxLayout()
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLeftColumn = QVBoxLayout()
        self.generalLeftColumn.setObjectName(u"generalLeftColumn")
        self.callGroup = QGroupBox(self.generalPage)
        self.callGroup.setObjectName(u"callGroup")
        self.callGroupLayout = QGridLayout(self.callGroup)
        self.callGroupLayout.setObjectName(u"callGroupLayout")
        self.callGroupLayout.setVerticalSpacing(2)
        self.codeLabel = QLabel(self.callGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.callGroupLayout.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(self.callGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)
        self.codeEdit.setMaximumSize(QSize(220, 16777215))

        self.callGroupLayout.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.codeError = QLabel(self.callGroup)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setStyleSheet(u"color: #b3261e;")
        self.codeError.setWordWrap(True)

        self.callGroupLayout.addWidget(self.codeError, 1, 1, 1, 1)

        self.titleLabel = QLabel(self.callGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.callGroupLayout.addWidget(self.titleLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(self.callGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.callGroupLayout.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(self.callGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b3261e;")
        self.titleError.setWordWrap(True)

        self.callGroupLayout.addWidget(self.titleError, 3, 1, 1, 1)

        self.yearLabel = QLabel(self.callGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.callGroupLayout.addWidget(self.yearLabel, 4, 0, 1, 1)

        self.yearSpin = QSpinBox(self.callGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimumSize(QSize(90, 0))
        self.yearSpin.setMaximumSize(QSize(90, 16777215))
        self.yearSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.callGroupLayout.addWidget(self.yearSpin, 4, 1, 1, 1)

        self.yearError = QLabel(self.callGroup)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setStyleSheet(u"color: #b3261e;")
        self.yearError.setWordWrap(True)

        self.callGroupLayout.addWidget(self.yearError, 5, 1, 1, 1)

        self.descriptionLabel = QLabel(self.callGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.callGroupLayout.addWidget(self.descriptionLabel, 6, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.callGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.callGroupLayout.addWidget(self.descriptionEdit, 6, 1, 1, 1)

        self.descriptionError = QLabel(self.callGroup)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setStyleSheet(u"color: #b3261e;")
        self.descriptionError.setWordWrap(True)

        self.callGroupLayout.addWidget(self.descriptionError, 7, 1, 1, 1)

        self.callGroupLayout.setColumnStretch(1, 1)

        self.generalLeftColumn.addWidget(self.callGroup)

        self.actsGroup = QGroupBox(self.generalPage)
        self.actsGroup.setObjectName(u"actsGroup")
        self.actsGroupLayout = QGridLayout(self.actsGroup)
        self.actsGroupLayout.setObjectName(u"actsGroupLayout")
        self.actsGroupLayout.setVerticalSpacing(2)
        self.actLabel = QLabel(self.actsGroup)
        self.actLabel.setObjectName(u"actLabel")

        self.actsGroupLayout.addWidget(self.actLabel, 0, 0, 1, 1)

        self.actLayout = QHBoxLayout()
        self.actLayout.setObjectName(u"actLayout")
        self.actNumberEdit = QLineEdit(self.actsGroup)
        self.actNumberEdit.setObjectName(u"actNumberEdit")
        self.actNumberEdit.setMaxLength(40)
        self.actNumberEdit.setMaximumSize(QSize(120, 16777215))

        self.actLayout.addWidget(self.actNumberEdit)

        self.actOfLabel = QLabel(self.actsGroup)
        self.actOfLabel.setObjectName(u"actOfLabel")

        self.actLayout.addWidget(self.actOfLabel)

        self.actDateEdit = OptionalDateEdit(self.actsGroup)
        self.actDateEdit.setObjectName(u"actDateEdit")
        self.actDateEdit.setMinimumSize(QSize(130, 0))

        self.actLayout.addWidget(self.actDateEdit)

        self.actLayoutSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actLayout.addItem(self.actLayoutSpacer)


        self.actsGroupLayout.addLayout(self.actLayout, 0, 1, 1, 1)

        self.actNumberError = QLabel(self.actsGroup)
        self.actNumberError.setObjectName(u"actNumberError")
        self.actNumberError.setStyleSheet(u"color: #b3261e;")
        self.actNumberError.setWordWrap(True)

        self.actsGroupLayout.addWidget(self.actNumberError, 1, 1, 1, 1)

        self.actDateError = QLabel(self.actsGroup)
        self.actDateError.setObjectName(u"actDateError")
        self.actDateError.setStyleSheet(u"color: #b3261e;")
        self.actDateError.setWordWrap(True)

        self.actsGroupLayout.addWidget(self.actDateError, 2, 1, 1, 1)

        self.burtLabel = QLabel(self.actsGroup)
        self.burtLabel.setObjectName(u"burtLabel")

        self.actsGroupLayout.addWidget(self.burtLabel, 3, 0, 1, 1)

        self.burtLayout = QHBoxLayout()
        self.burtLayout.setObjectName(u"burtLayout")
        self.burtNumberEdit = QLineEdit(self.actsGroup)
        self.burtNumberEdit.setObjectName(u"burtNumberEdit")
        self.burtNumberEdit.setMaxLength(40)
        self.burtNumberEdit.setMaximumSize(QSize(120, 16777215))

        self.burtLayout.addWidget(self.burtNumberEdit)

        self.burtOfLabel = QLabel(self.actsGroup)
        self.burtOfLabel.setObjectName(u"burtOfLabel")

        self.burtLayout.addWidget(self.burtOfLabel)

        self.burtDateEdit = OptionalDateEdit(self.actsGroup)
        self.burtDateEdit.setObjectName(u"burtDateEdit")
        self.burtDateEdit.setMinimumSize(QSize(130, 0))

        self.burtLayout.addWidget(self.burtDateEdit)

        self.burtLayoutSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.burtLayout.addItem(self.burtLayoutSpacer)


        self.actsGroupLayout.addLayout(self.burtLayout, 3, 1, 1, 1)

        self.burtNumberError = QLabel(self.actsGroup)
        self.burtNumberError.setObjectName(u"burtNumberError")
        self.burtNumberError.setStyleSheet(u"color: #b3261e;")
        self.burtNumberError.setWordWrap(True)

        self.actsGroupLayout.addWidget(self.burtNumberError, 4, 1, 1, 1)

        self.burtDateError = QLabel(self.actsGroup)
        self.burtDateError.setObjectName(u"burtDateError")
        self.burtDateError.setStyleSheet(u"color: #b3261e;")
        self.burtDateError.setWordWrap(True)

        self.actsGroupLayout.addWidget(self.burtDateError, 5, 1, 1, 1)

        self.actsGroupLayout.setColumnStretch(1, 1)

        self.generalLeftColumn.addWidget(self.actsGroup)

        self.datesGroup = QGroupBox(self.generalPage)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesGroupLayout = QGridLayout(self.datesGroup)
        self.datesGroupLayout.setObjectName(u"datesGroupLayout")
        self.datesGroupLayout.setVerticalSpacing(2)
        self.opensOnLabel = QLabel(self.datesGroup)
        self.opensOnLabel.setObjectName(u"opensOnLabel")

        self.datesGroupLayout.addWidget(self.opensOnLabel, 0, 0, 1, 1)

        self.opensOnLayout = QHBoxLayout()
        self.opensOnLayout.setObjectName(u"opensOnLayout")
        self.opensOnEdit = OptionalDateEdit(self.datesGroup)
        self.opensOnEdit.setObjectName(u"opensOnEdit")
        self.opensOnEdit.setMinimumSize(QSize(130, 0))

        self.opensOnLayout.addWidget(self.opensOnEdit)

        self.opensOnLayoutSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.opensOnLayout.addItem(self.opensOnLayoutSpacer)


        self.datesGroupLayout.addLayout(self.opensOnLayout, 0, 1, 1, 1)

        self.opensOnError = QLabel(self.datesGroup)
        self.opensOnError.setObjectName(u"opensOnError")
        self.opensOnError.setStyleSheet(u"color: #b3261e;")
        self.opensOnError.setWordWrap(True)

        self.datesGroupLayout.addWidget(self.opensOnError, 1, 1, 1, 1)

        self.deadlineLabel = QLabel(self.datesGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.datesGroupLayout.addWidget(self.deadlineLabel, 2, 0, 1, 1)

        self.deadlineLayout = QHBoxLayout()
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineEdit = OptionalDateEdit(self.datesGroup)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setMinimumSize(QSize(130, 0))

        self.deadlineLayout.addWidget(self.deadlineEdit)

        self.deadlineLayoutSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineLayout.addItem(self.deadlineLayoutSpacer)


        self.datesGroupLayout.addLayout(self.deadlineLayout, 2, 1, 1, 1)

        self.deadlineError = QLabel(self.datesGroup)
        self.deadlineError.setObjectName(u"deadlineError")
        self.deadlineError.setStyleSheet(u"color: #b3261e;")
        self.deadlineError.setWordWrap(True)

        self.datesGroupLayout.addWidget(self.deadlineError, 3, 1, 1, 1)

        self.datesGroupLayout.setColumnStretch(1, 1)

        self.generalLeftColumn.addWidget(self.datesGroup)

        self.generalLeftSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLeftColumn.addItem(self.generalLeftSpacer)


        self.generalLayout.addLayout(self.generalLeftColumn)

        self.generalRightColumn = QVBoxLayout()
        self.generalRightColumn.setObjectName(u"generalRightColumn")
        self.moneyGroup = QGroupBox(self.generalPage)
        self.moneyGroup.setObjectName(u"moneyGroup")
        self.moneyGroupLayout = QGridLayout(self.moneyGroup)
        self.moneyGroupLayout.setObjectName(u"moneyGroupLayout")
        self.moneyGroupLayout.setVerticalSpacing(2)
        self.budgetLabel = QLabel(self.moneyGroup)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.moneyGroupLayout.addWidget(self.budgetLabel, 0, 0, 1, 1)

        self.budgetSpin = QDoubleSpinBox(self.moneyGroup)
        self.budgetSpin.setObjectName(u"budgetSpin")
        self.budgetSpin.setMinimumSize(QSize(190, 0))
        self.budgetSpin.setMaximumSize(QSize(190, 16777215))
        self.budgetSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.budgetSpin.setProperty(u"showGroupSeparator", True)
        self.budgetSpin.setPrefix(u"\u20ac ")
        self.budgetSpin.setDecimals(2)
        self.budgetSpin.setMinimum(0.000000000000000)
        self.budgetSpin.setMaximum(999999999999.989990234375000)

        self.moneyGroupLayout.addWidget(self.budgetSpin, 0, 1, 1, 1)

        self.budgetError = QLabel(self.moneyGroup)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setStyleSheet(u"color: #b3261e;")
        self.budgetError.setWordWrap(True)

        self.moneyGroupLayout.addWidget(self.budgetError, 1, 1, 1, 1)

        self.maxGrantLabel = QLabel(self.moneyGroup)
        self.maxGrantLabel.setObjectName(u"maxGrantLabel")

        self.moneyGroupLayout.addWidget(self.maxGrantLabel, 2, 0, 1, 1)

        self.maxGrantSpin = QDoubleSpinBox(self.moneyGroup)
        self.maxGrantSpin.setObjectName(u"maxGrantSpin")
        self.maxGrantSpin.setMinimumSize(QSize(190, 0))
        self.maxGrantSpin.setMaximumSize(QSize(190, 16777215))
        self.maxGrantSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.maxGrantSpin.setProperty(u"showGroupSeparator", True)
        self.maxGrantSpin.setPrefix(u"\u20ac ")
        self.maxGrantSpin.setDecimals(2)
        self.maxGrantSpin.setMinimum(0.000000000000000)
        self.maxGrantSpin.setMaximum(999999999999.989990234375000)

        self.moneyGroupLayout.addWidget(self.maxGrantSpin, 2, 1, 1, 1)

        self.maxGrantError = QLabel(self.moneyGroup)
        self.maxGrantError.setObjectName(u"maxGrantError")
        self.maxGrantError.setStyleSheet(u"color: #b3261e;")
        self.maxGrantError.setWordWrap(True)

        self.moneyGroupLayout.addWidget(self.maxGrantError, 3, 1, 1, 1)

        self.minCofundingLabel = QLabel(self.moneyGroup)
        self.minCofundingLabel.setObjectName(u"minCofundingLabel")

        self.moneyGroupLayout.addWidget(self.minCofundingLabel, 4, 0, 1, 1)

        self.minCofundingSpin = QDoubleSpinBox(self.moneyGroup)
        self.minCofundingSpin.setObjectName(u"minCofundingSpin")
        self.minCofundingSpin.setMinimumSize(QSize(110, 0))
        self.minCofundingSpin.setMaximumSize(QSize(110, 16777215))
        self.minCofundingSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.minCofundingSpin.setDecimals(2)
        self.minCofundingSpin.setMinimum(0.000000000000000)
        self.minCofundingSpin.setMaximum(100.000000000000000)

        self.moneyGroupLayout.addWidget(self.minCofundingSpin, 4, 1, 1, 1)

        self.minCofundingError = QLabel(self.moneyGroup)
        self.minCofundingError.setObjectName(u"minCofundingError")
        self.minCofundingError.setStyleSheet(u"color: #b3261e;")
        self.minCofundingError.setWordWrap(True)

        self.moneyGroupLayout.addWidget(self.minCofundingError, 5, 1, 1, 1)

        self.partialLastCheck = QCheckBox(self.moneyGroup)
        self.partialLastCheck.setObjectName(u"partialLastCheck")

        self.moneyGroupLayout.addWidget(self.partialLastCheck, 6, 0, 1, 2)

        self.moneyGroupLayout.setColumnStretch(1, 1)

        self.generalRightColumn.addWidget(self.moneyGroup)

        self.evaluationGroup = QGroupBox(self.generalPage)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationGroupLayout = QGridLayout(self.evaluationGroup)
        self.evaluationGroupLayout.setObjectName(u"evaluationGroupLayout")
        self.evaluationGroupLayout.setVerticalSpacing(2)
        self.minTotalScoreLabel = QLabel(self.evaluationGroup)
        self.minTotalScoreLabel.setObjectName(u"minTotalScoreLabel")

        self.evaluationGroupLayout.addWidget(self.minTotalScoreLabel, 0, 0, 1, 1)

        self.minTotalScoreSpin = QDoubleSpinBox(self.evaluationGroup)
        self.minTotalScoreSpin.setObjectName(u"minTotalScoreSpin")
        self.minTotalScoreSpin.setMinimumSize(QSize(110, 0))
        self.minTotalScoreSpin.setMaximumSize(QSize(110, 16777215))
        self.minTotalScoreSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.minTotalScoreSpin.setDecimals(2)
        self.minTotalScoreSpin.setMinimum(0.000000000000000)
        self.minTotalScoreSpin.setMaximum(9999.989999999999782)

        self.evaluationGroupLayout.addWidget(self.minTotalScoreSpin, 0, 1, 1, 1)

        self.minTotalScoreError = QLabel(self.evaluationGroup)
        self.minTotalScoreError.setObjectName(u"minTotalScoreError")
        self.minTotalScoreError.setStyleSheet(u"color: #b3261e;")
        self.minTotalScoreError.setWordWrap(True)

        self.evaluationGroupLayout.addWidget(self.minTotalScoreError, 1, 1, 1, 1)

        self.evaluatorsLabel = QLabel(self.evaluationGroup)
        self.evaluatorsLabel.setObjectName(u"evaluatorsLabel")

        self.evaluationGroupLayout.addWidget(self.evaluatorsLabel, 2, 0, 1, 1)

        self.evaluatorsSpin = QSpinBox(self.evaluationGroup)
        self.evaluatorsSpin.setObjectName(u"evaluatorsSpin")
        self.evaluatorsSpin.setMinimumSize(QSize(110, 0))
        self.evaluatorsSpin.setMaximumSize(QSize(110, 16777215))
        self.evaluatorsSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.evaluatorsSpin.setMinimum(1)
        self.evaluatorsSpin.setMaximum(20)

        self.evaluationGroupLayout.addWidget(self.evaluatorsSpin, 2, 1, 1, 1)

        self.evaluatorsError = QLabel(self.evaluationGroup)
        self.evaluatorsError.setObjectName(u"evaluatorsError")
        self.evaluatorsError.setStyleSheet(u"color: #b3261e;")
        self.evaluatorsError.setWordWrap(True)

        self.evaluationGroupLayout.addWidget(self.evaluatorsError, 3, 1, 1, 1)

        self.divergenceLabel = QLabel(self.evaluationGroup)
        self.divergenceLabel.setObjectName(u"divergenceLabel")

        self.evaluationGroupLayout.addWidget(self.divergenceLabel, 4, 0, 1, 1)

        self.divergenceSpin = QDoubleSpinBox(self.evaluationGroup)
        self.divergenceSpin.setObjectName(u"divergenceSpin")
        self.divergenceSpin.setMinimumSize(QSize(110, 0))
        self.divergenceSpin.setMaximumSize(QSize(110, 16777215))
        self.divergenceSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.divergenceSpin.setDecimals(2)
        self.divergenceSpin.setMinimum(0.000000000000000)
        self.divergenceSpin.setMaximum(100.000000000000000)

        self.evaluationGroupLayout.addWidget(self.divergenceSpin, 4, 1, 1, 1)

        self.divergenceError = QLabel(self.evaluationGroup)
        self.divergenceError.setObjectName(u"divergenceError")
        self.divergenceError.setStyleSheet(u"color: #b3261e;")
        self.divergenceError.setWordWrap(True)

        self.evaluationGroupLayout.addWidget(self.divergenceError, 5, 1, 1, 1)

        self.commentsRequiredCheck = QCheckBox(self.evaluationGroup)
        self.commentsRequiredCheck.setObjectName(u"commentsRequiredCheck")

        self.evaluationGroupLayout.addWidget(self.commentsRequiredCheck, 6, 0, 1, 2)

        self.evaluationGroupLayout.setColumnStretch(1, 1)

        self.generalRightColumn.addWidget(self.evaluationGroup)

        self.projectsGroup = QGroupBox(self.generalPage)
        self.projectsGroup.setObjectName(u"projectsGroup")
        self.projectsGroupLayout = QGridLayout(self.projectsGroup)
        self.projectsGroupLayout.setObjectName(u"projectsGroupLayout")
        self.projectsGroupLayout.setVerticalSpacing(2)
        self.maxDurationLabel = QLabel(self.projectsGroup)
        self.maxDurationLabel.setObjectName(u"maxDurationLabel")

        self.projectsGroupLayout.addWidget(self.maxDurationLabel, 0, 0, 1, 1)

        self.maxDurationSpin = QSpinBox(self.projectsGroup)
        self.maxDurationSpin.setObjectName(u"maxDurationSpin")
        self.maxDurationSpin.setMinimumSize(QSize(110, 0))
        self.maxDurationSpin.setMaximumSize(QSize(110, 16777215))
        self.maxDurationSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.maxDurationSpin.setMinimum(0)
        self.maxDurationSpin.setMaximum(120)

        self.projectsGroupLayout.addWidget(self.maxDurationSpin, 0, 1, 1, 1)

        self.maxDurationError = QLabel(self.projectsGroup)
        self.maxDurationError.setObjectName(u"maxDurationError")
        self.maxDurationError.setStyleSheet(u"color: #b3261e;")
        self.maxDurationError.setWordWrap(True)

        self.projectsGroupLayout.addWidget(self.maxDurationError, 1, 1, 1, 1)

        self.minPartnersLabel = QLabel(self.projectsGroup)
        self.minPartnersLabel.setObjectName(u"minPartnersLabel")

        self.projectsGroupLayout.addWidget(self.minPartnersLabel, 2, 0, 1, 1)

        self.minPartnersSpin = QSpinBox(self.projectsGroup)
        self.minPartnersSpin.setObjectName(u"minPartnersSpin")
        self.minPartnersSpin.setMinimumSize(QSize(110, 0))
        self.minPartnersSpin.setMaximumSize(QSize(110, 16777215))
        self.minPartnersSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.minPartnersSpin.setMinimum(0)
        self.minPartnersSpin.setMaximum(100)

        self.projectsGroupLayout.addWidget(self.minPartnersSpin, 2, 1, 1, 1)

        self.minPartnersError = QLabel(self.projectsGroup)
        self.minPartnersError.setObjectName(u"minPartnersError")
        self.minPartnersError.setStyleSheet(u"color: #b3261e;")
        self.minPartnersError.setWordWrap(True)

        self.projectsGroupLayout.addWidget(self.minPartnersError, 3, 1, 1, 1)

        self.projectsGroupLayout.setColumnStretch(1, 1)

        self.generalRightColumn.addWidget(self.projectsGroup)

        self.generalRightSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalRightColumn.addItem(self.generalRightSpacer)


        self.generalLayout.addLayout(self.generalRightColumn)

        self.generalLayout.setStretch(0, 3)
        self.generalLayout.setStretch(1, 2)

        self.generalPageLayout.addLayout(self.generalLayout)

        self.tabWidget.addTab(self.generalPage, "")
        self.requirementsPage = QWidget()
        self.requirementsPage.setObjectName(u"requirementsPage")
        self.requirementsPageLayout = QVBoxLayout(self.requirementsPage)
        self.requirementsPageLayout.setObjectName(u"requirementsPageLayout")
        self.requirementsBanner = QLabel(self.requirementsPage)
        self.requirementsBanner.setObjectName(u"requirementsBanner")
        self.requirementsBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.requirementsBanner.setWordWrap(True)

        self.requirementsPageLayout.addWidget(self.requirementsBanner)

        self.requirementsLayout = QHBoxLayout()
        self.requirementsLayout.setObjectName(u"requirementsLayout")
        self.requirementsLeftColumn = QVBoxLayout()
        self.requirementsLeftColumn.setObjectName(u"requirementsLeftColumn")
        self.typesGroup = QGroupBox(self.requirementsPage)
        self.typesGroup.setObjectName(u"typesGroup")
        self.typesGroupLayout = QVBoxLayout(self.typesGroup)
        self.typesGroupLayout.setObjectName(u"typesGroupLayout")
        self.typesList = QListWidget(self.typesGroup)
        self.typesList.setObjectName(u"typesList")
        self.typesList.setAlternatingRowColors(True)
        self.typesList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.typesGroupLayout.addWidget(self.typesList)

        self.typesHint = QLabel(self.typesGroup)
        self.typesHint.setObjectName(u"typesHint")
        self.typesHint.setWordWrap(True)

        self.typesGroupLayout.addWidget(self.typesHint)

        self.eligibleTypesError = QLabel(self.typesGroup)
        self.eligibleTypesError.setObjectName(u"eligibleTypesError")
        self.eligibleTypesError.setStyleSheet(u"color: #b3261e;")
        self.eligibleTypesError.setWordWrap(True)

        self.typesGroupLayout.addWidget(self.eligibleTypesError)


        self.requirementsLeftColumn.addWidget(self.typesGroup)

        self.themesGroup = QGroupBox(self.requirementsPage)
        self.themesGroup.setObjectName(u"themesGroup")
        self.themesGroupLayout = QVBoxLayout(self.themesGroup)
        self.themesGroupLayout.setObjectName(u"themesGroupLayout")
        self.themesList = QListWidget(self.themesGroup)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setAlternatingRowColors(True)
        self.themesList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.themesGroupLayout.addWidget(self.themesList)

        self.themesError = QLabel(self.themesGroup)
        self.themesError.setObjectName(u"themesError")
        self.themesError.setStyleSheet(u"color: #b3261e;")
        self.themesError.setWordWrap(True)

        self.themesGroupLayout.addWidget(self.themesError)


        self.requirementsLeftColumn.addWidget(self.themesGroup)


        self.requirementsLayout.addLayout(self.requirementsLeftColumn)

        self.countriesGroup = QGroupBox(self.requirementsPage)
        self.countriesGroup.setObjectName(u"countriesGroup")
        self.countriesGroupLayout = QVBoxLayout(self.countriesGroup)
        self.countriesGroupLayout.setObjectName(u"countriesGroupLayout")
        self.countryFilterEdit = QLineEdit(self.countriesGroup)
        self.countryFilterEdit.setObjectName(u"countryFilterEdit")
        self.countryFilterEdit.setClearButtonEnabled(True)

        self.countriesGroupLayout.addWidget(self.countryFilterEdit)

        self.countriesTree = QTreeWidget(self.countriesGroup)
        self.countriesTree.setObjectName(u"countriesTree")
        self.countriesTree.setAlternatingRowColors(True)
        self.countriesTree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.countriesTree.setUniformRowHeights(True)

        self.countriesGroupLayout.addWidget(self.countriesTree)

        self.countriesCountLabel = QLabel(self.countriesGroup)
        self.countriesCountLabel.setObjectName(u"countriesCountLabel")

        self.countriesGroupLayout.addWidget(self.countriesCountLabel)

        self.countriesError = QLabel(self.countriesGroup)
        self.countriesError.setObjectName(u"countriesError")
        self.countriesError.setStyleSheet(u"color: #b3261e;")
        self.countriesError.setWordWrap(True)

        self.countriesGroupLayout.addWidget(self.countriesError)


        self.requirementsLayout.addWidget(self.countriesGroup)

        self.requirementsLayout.setStretch(0, 1)
        self.requirementsLayout.setStretch(1, 1)

        self.requirementsPageLayout.addLayout(self.requirementsLayout)

        self.tabWidget.addTab(self.requirementsPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsPageLayout = QVBoxLayout(self.documentsPage)
        self.documentsPageLayout.setObjectName(u"documentsPageLayout")
        self.documentsBanner = QLabel(self.documentsPage)
        self.documentsBanner.setObjectName(u"documentsBanner")
        self.documentsBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.documentsBanner.setWordWrap(True)

        self.documentsPageLayout.addWidget(self.documentsBanner)

        self.documentsHint = QLabel(self.documentsPage)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setWordWrap(True)

        self.documentsPageLayout.addWidget(self.documentsHint)

        self.documentsLayout = QHBoxLayout()
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsList = QListWidget(self.documentsPage)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setAlternatingRowColors(True)
        self.documentsList.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsList)

        self.documentButtons = QVBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.addDocumentButton = QPushButton(self.documentsPage)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentButtons.addWidget(self.addDocumentButton)

        self.removeDocumentButton = QPushButton(self.documentsPage)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentButtons.addWidget(self.removeDocumentButton)

        self.upDocumentButton = QPushButton(self.documentsPage)
        self.upDocumentButton.setObjectName(u"upDocumentButton")

        self.documentButtons.addWidget(self.upDocumentButton)

        self.downDocumentButton = QPushButton(self.documentsPage)
        self.downDocumentButton.setObjectName(u"downDocumentButton")

        self.documentButtons.addWidget(self.downDocumentButton)

        self.documentButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentButtons.addItem(self.documentButtonsSpacer)


        self.documentsLayout.addLayout(self.documentButtons)


        self.documentsPageLayout.addLayout(self.documentsLayout)

        self.documentsError = QLabel(self.documentsPage)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setStyleSheet(u"color: #b3261e;")
        self.documentsError.setWordWrap(True)

        self.documentsPageLayout.addWidget(self.documentsError)

        self.tabWidget.addTab(self.documentsPage, "")
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridPageLayout = QVBoxLayout(self.gridPage)
        self.gridPageLayout.setObjectName(u"gridPageLayout")
        self.gridBanner = QLabel(self.gridPage)
        self.gridBanner.setObjectName(u"gridBanner")
        self.gridBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.gridBanner.setWordWrap(True)

        self.gridPageLayout.addWidget(self.gridBanner)

        self.gridHint = QLabel(self.gridPage)
        self.gridHint.setObjectName(u"gridHint")
        self.gridHint.setWordWrap(True)

        self.gridPageLayout.addWidget(self.gridHint)

        self.gridLayout = QHBoxLayout()
        self.gridLayout.setObjectName(u"gridLayout")
        self.criteriaTable = QTableWidget(self.gridPage)
        if (self.criteriaTable.columnCount() < 5):
            self.criteriaTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setAlternatingRowColors(True)
        self.criteriaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.criteriaTable)

        self.criteriaButtons = QVBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.addCriterionButton = QPushButton(self.gridPage)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.criteriaButtons.addWidget(self.addCriterionButton)

        self.removeCriterionButton = QPushButton(self.gridPage)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.criteriaButtons.addWidget(self.removeCriterionButton)

        self.upCriterionButton = QPushButton(self.gridPage)
        self.upCriterionButton.setObjectName(u"upCriterionButton")

        self.criteriaButtons.addWidget(self.upCriterionButton)

        self.downCriterionButton = QPushButton(self.gridPage)
        self.downCriterionButton.setObjectName(u"downCriterionButton")

        self.criteriaButtons.addWidget(self.downCriterionButton)

        self.criteriaButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.criteriaButtons.addItem(self.criteriaButtonsSpacer)


        self.gridLayout.addLayout(self.criteriaButtons)


        self.gridPageLayout.addLayout(self.gridLayout)

        self.gridTotalLabel = QLabel(self.gridPage)
        self.gridTotalLabel.setObjectName(u"gridTotalLabel")

        self.gridPageLayout.addWidget(self.gridTotalLabel)

        self.criteriaError = QLabel(self.gridPage)
        self.criteriaError.setObjectName(u"criteriaError")
        self.criteriaError.setStyleSheet(u"color: #b3261e;")
        self.criteriaError.setWordWrap(True)

        self.gridPageLayout.addWidget(self.criteriaError)

        self.tabWidget.addTab(self.gridPage, "")
        self.committeePage = QWidget()
        self.committeePage.setObjectName(u"committeePage")
        self.committeePageLayout = QVBoxLayout(self.committeePage)
        self.committeePageLayout.setObjectName(u"committeePageLayout")
        self.committeeHint = QLabel(self.committeePage)
        self.committeeHint.setObjectName(u"committeeHint")
        self.committeeHint.setWordWrap(True)

        self.committeePageLayout.addWidget(self.committeeHint)

        self.committeeTable = QTableWidget(self.committeePage)
        if (self.committeeTable.columnCount() < 6):
            self.committeeTable.setColumnCount(6)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.committeeTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        self.committeeTable.setObjectName(u"committeeTable")
        self.committeeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.committeeTable.setAlternatingRowColors(True)
        self.committeeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.committeeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.committeeTable.verticalHeader().setVisible(False)

        self.committeePageLayout.addWidget(self.committeeTable)

        self.committeeButtons = QHBoxLayout()
        self.committeeButtons.setObjectName(u"committeeButtons")
        self.candidateLabel = QLabel(self.committeePage)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.committeeButtons.addWidget(self.candidateLabel)

        self.candidateCombo = QComboBox(self.committeePage)
        self.candidateCombo.setObjectName(u"candidateCombo")
        self.candidateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidateCombo.setMinimumContentsLength(30)

        self.committeeButtons.addWidget(self.candidateCombo)

        self.addMemberButton = QPushButton(self.committeePage)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.committeeButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.committeePage)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.committeeButtons.addWidget(self.removeMemberButton)

        self.committeeButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.committeeButtons.addItem(self.committeeButtonsSpacer)


        self.committeePageLayout.addLayout(self.committeeButtons)

        self.committeeError = QLabel(self.committeePage)
        self.committeeError.setObjectName(u"committeeError")
        self.committeeError.setStyleSheet(u"color: #b3261e;")
        self.committeeError.setWordWrap(True)

        self.committeePageLayout.addWidget(self.committeeError)

        self.tabWidget.addTab(self.committeePage, "")
        self.statusPage = QWidget()
        self.statusPage.setObjectName(u"statusPage")
        self.statusPageLayout = QVBoxLayout(self.statusPage)
        self.statusPageLayout.setObjectName(u"statusPageLayout")
        self.statusTopLayout = QHBoxLayout()
        self.statusTopLayout.setObjectName(u"statusTopLayout")
        self.statusGroup = QGroupBox(self.statusPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusGroupLayout = QVBoxLayout(self.statusGroup)
        self.statusGroupLayout.setObjectName(u"statusGroupLayout")
        self.currentStatusLabel = QLabel(self.statusGroup)
        self.currentStatusLabel.setObjectName(u"currentStatusLabel")
        self.currentStatusLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.statusGroupLayout.addWidget(self.currentStatusLabel)

        self.applicationsLabel = QLabel(self.statusGroup)
        self.applicationsLabel.setObjectName(u"applicationsLabel")
        self.applicationsLabel.setWordWrap(True)

        self.statusGroupLayout.addWidget(self.applicationsLabel)

        self.rankingLabel = QLabel(self.statusGroup)
        self.rankingLabel.setObjectName(u"rankingLabel")
        self.rankingLabel.setWordWrap(True)

        self.statusGroupLayout.addWidget(self.rankingLabel)

        self.statusGroupSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statusGroupLayout.addItem(self.statusGroupSpacer)


        self.statusTopLayout.addWidget(self.statusGroup)

        self.transitionGroup = QGroupBox(self.statusPage)
        self.transitionGroup.setObjectName(u"transitionGroup")
        self.transitionGroupLayout = QGridLayout(self.transitionGroup)
        self.transitionGroupLayout.setObjectName(u"transitionGroupLayout")
        self.transitionNoteLabel = QLabel(self.transitionGroup)
        self.transitionNoteLabel.setObjectName(u"transitionNoteLabel")

        self.transitionGroupLayout.addWidget(self.transitionNoteLabel, 0, 0, 1, 1)

        self.transitionNoteEdit = QLineEdit(self.transitionGroup)
        self.transitionNoteEdit.setObjectName(u"transitionNoteEdit")
        self.transitionNoteEdit.setMaxLength(1000)

        self.transitionGroupLayout.addWidget(self.transitionNoteEdit, 0, 1, 1, 1)

        self.rankingDecreeLabel = QLabel(self.transitionGroup)
        self.rankingDecreeLabel.setObjectName(u"rankingDecreeLabel")

        self.transitionGroupLayout.addWidget(self.rankingDecreeLabel, 1, 0, 1, 1)

        self.rankingDecreeLayout = QHBoxLayout()
        self.rankingDecreeLayout.setObjectName(u"rankingDecreeLayout")
        self.rankingDecreeNumberEdit = QLineEdit(self.transitionGroup)
        self.rankingDecreeNumberEdit.setObjectName(u"rankingDecreeNumberEdit")
        self.rankingDecreeNumberEdit.setMaxLength(40)
        self.rankingDecreeNumberEdit.setMaximumSize(QSize(120, 16777215))

        self.rankingDecreeLayout.addWidget(self.rankingDecreeNumberEdit)

        self.rankingDecreeOfLabel = QLabel(self.transitionGroup)
        self.rankingDecreeOfLabel.setObjectName(u"rankingDecreeOfLabel")

        self.rankingDecreeLayout.addWidget(self.rankingDecreeOfLabel)

        self.rankingDecreeDateEdit = OptionalDateEdit(self.transitionGroup)
        self.rankingDecreeDateEdit.setObjectName(u"rankingDecreeDateEdit")
        self.rankingDecreeDateEdit.setMinimumSize(QSize(130, 0))

        self.rankingDecreeLayout.addWidget(self.rankingDecreeDateEdit)

        self.rankingDecreeLayoutSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rankingDecreeLayout.addItem(self.rankingDecreeLayoutSpacer)


        self.transitionGroupLayout.addLayout(self.rankingDecreeLayout, 1, 1, 1, 1)

        self.transitionButtonsLayout = QHBoxLayout()
        self.transitionButtonsLayout.setObjectName(u"transitionButtonsLayout")
        self.noTransitionLabel = QLabel(self.transitionGroup)
        self.noTransitionLabel.setObjectName(u"noTransitionLabel")
        self.noTransitionLabel.setWordWrap(True)

        self.transitionButtonsLayout.addWidget(self.noTransitionLabel)

        self.transitionButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transitionButtonsLayout.addItem(self.transitionButtonsSpacer)


        self.transitionGroupLayout.addLayout(self.transitionButtonsLayout, 2, 0, 1, 2)

        self.problemsLabel = QLabel(self.transitionGroup)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #b3261e; font-weight: bold;")
        self.problemsLabel.setWordWrap(True)

        self.transitionGroupLayout.addWidget(self.problemsLabel, 3, 0, 1, 2)

        self.problemsList = QListWidget(self.transitionGroup)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setStyleSheet(u"color: #b3261e;")
        self.problemsList.setWordWrap(True)
        self.problemsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.transitionGroupLayout.addWidget(self.problemsList, 4, 0, 1, 2)

        self.transitionGroupLayout.setColumnStretch(1, 1)

        self.statusTopLayout.addWidget(self.transitionGroup)

        self.statusTopLayout.setStretch(0, 1)
        self.statusTopLayout.setStretch(1, 2)

        self.statusPageLayout.addLayout(self.statusTopLayout)

        self.historyGroup = QGroupBox(self.statusPage)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyGroupLayout = QVBoxLayout(self.historyGroup)
        self.historyGroupLayout.setObjectName(u"historyGroupLayout")
        self.historyTable = QTableWidget(self.historyGroup)
        if (self.historyTable.columnCount() < 5):
            self.historyTable.setColumnCount(5)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem15)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyGroupLayout.addWidget(self.historyTable)


        self.statusPageLayout.addWidget(self.historyGroup)

        self.statusPageLayout.setStretch(1, 1)
        self.tabWidget.addTab(self.statusPage, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.generalError = QLabel(CallDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CallDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.actLabel.setBuddy(self.actNumberEdit)
        self.burtLabel.setBuddy(self.burtNumberEdit)
        self.opensOnLabel.setBuddy(self.opensOnEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.budgetLabel.setBuddy(self.budgetSpin)
        self.maxGrantLabel.setBuddy(self.maxGrantSpin)
        self.minCofundingLabel.setBuddy(self.minCofundingSpin)
        self.minTotalScoreLabel.setBuddy(self.minTotalScoreSpin)
        self.evaluatorsLabel.setBuddy(self.evaluatorsSpin)
        self.divergenceLabel.setBuddy(self.divergenceSpin)
        self.maxDurationLabel.setBuddy(self.maxDurationSpin)
        self.minPartnersLabel.setBuddy(self.minPartnersSpin)
        self.candidateLabel.setBuddy(self.candidateCombo)
        self.transitionNoteLabel.setBuddy(self.transitionNoteEdit)
        self.rankingDecreeLabel.setBuddy(self.rankingDecreeNumberEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CallDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CallDialog)
    # setupUi

    def retranslateUi(self, CallDialog):
        CallDialog.setWindowTitle(QCoreApplication.translate("CallDialog", u"Call", None))
        self.callGroup.setTitle(QCoreApplication.translate("CallDialog", u"Call", None))
        self.codeLabel.setText(QCoreApplication.translate("CallDialog", u"Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CallDialog", u"e.g. COOP-2027", None))
        self.titleLabel.setText(QCoreApplication.translate("CallDialog", u"Title", None))
        self.yearLabel.setText(QCoreApplication.translate("CallDialog", u"Year", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CallDialog", u"Description", None))
        self.actsGroup.setTitle(QCoreApplication.translate("CallDialog", u"Approval and publication", None))
        self.actLabel.setText(QCoreApplication.translate("CallDialog", u"Approving decree n.", None))
        self.actOfLabel.setText(QCoreApplication.translate("CallDialog", u"of", None))
        self.burtLabel.setText(QCoreApplication.translate("CallDialog", u"BURT n.", None))
        self.burtOfLabel.setText(QCoreApplication.translate("CallDialog", u"of", None))
        self.datesGroup.setTitle(QCoreApplication.translate("CallDialog", u"Applications", None))
        self.opensOnLabel.setText(QCoreApplication.translate("CallDialog", u"Opening", None))
        self.deadlineLabel.setText(QCoreApplication.translate("CallDialog", u"Deadline", None))
        self.moneyGroup.setTitle(QCoreApplication.translate("CallDialog", u"Funds", None))
        self.budgetLabel.setText(QCoreApplication.translate("CallDialog", u"Budget", None))
        self.maxGrantLabel.setText(QCoreApplication.translate("CallDialog", u"Maximum grant per project", None))
#if QT_CONFIG(tooltip)
        self.maxGrantSpin.setToolTip(QCoreApplication.translate("CallDialog", u"Leave at zero when the call sets no maximum grant", None))
#endif // QT_CONFIG(tooltip)
        self.maxGrantSpin.setSpecialValueText(QCoreApplication.translate("CallDialog", u"No limit", None))
        self.minCofundingLabel.setText(QCoreApplication.translate("CallDialog", u"Minimum co-funding", None))
#if QT_CONFIG(tooltip)
        self.minCofundingSpin.setToolTip(QCoreApplication.translate("CallDialog", u"Share of the project's total cost not covered by the grant: (total \u2212 requested) / total", None))
#endif // QT_CONFIG(tooltip)
        self.minCofundingSpin.setSuffix(QCoreApplication.translate("CallDialog", u" %", None))
        self.partialLastCheck.setText(QCoreApplication.translate("CallDialog", u"The last project in line may be funded in part", None))
        self.evaluationGroup.setTitle(QCoreApplication.translate("CallDialog", u"Evaluation", None))
        self.minTotalScoreLabel.setText(QCoreApplication.translate("CallDialog", u"Minimum total score", None))
#if QT_CONFIG(tooltip)
        self.minTotalScoreSpin.setToolTip(QCoreApplication.translate("CallDialog", u"Projects below this total are not eligible for funding (soglia minima)", None))
#endif // QT_CONFIG(tooltip)
        self.minTotalScoreSpin.setSpecialValueText(QCoreApplication.translate("CallDialog", u"None", None))
        self.evaluatorsLabel.setText(QCoreApplication.translate("CallDialog", u"Evaluators per application", None))
        self.divergenceLabel.setText(QCoreApplication.translate("CallDialog", u"Divergence threshold", None))
#if QT_CONFIG(tooltip)
        self.divergenceSpin.setToolTip(QCoreApplication.translate("CallDialog", u"Scores of the same application further apart than this share of the maximum are flagged for the committee", None))
#endif // QT_CONFIG(tooltip)
        self.divergenceSpin.setSuffix(QCoreApplication.translate("CallDialog", u" %", None))
        self.commentsRequiredCheck.setText(QCoreApplication.translate("CallDialog", u"Evaluators must explain every score", None))
        self.projectsGroup.setTitle(QCoreApplication.translate("CallDialog", u"Projects", None))
        self.maxDurationLabel.setText(QCoreApplication.translate("CallDialog", u"Maximum duration", None))
        self.maxDurationSpin.setSpecialValueText(QCoreApplication.translate("CallDialog", u"No limit", None))
        self.maxDurationSpin.setSuffix(QCoreApplication.translate("CallDialog", u" months", None))
        self.minPartnersLabel.setText(QCoreApplication.translate("CallDialog", u"Minimum number of partners", None))
        self.minPartnersSpin.setSpecialValueText(QCoreApplication.translate("CallDialog", u"No minimum", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.generalPage), QCoreApplication.translate("CallDialog", u"&General data", None))
        self.typesGroup.setTitle(QCoreApplication.translate("CallDialog", u"Eligible actor types", None))
        self.typesHint.setText(QCoreApplication.translate("CallDialog", u"None ticked: every type of actor may apply.", None))
        self.themesGroup.setTitle(QCoreApplication.translate("CallDialog", u"Themes", None))
        self.countriesGroup.setTitle(QCoreApplication.translate("CallDialog", u"Priority countries", None))
        self.countryFilterEdit.setPlaceholderText(QCoreApplication.translate("CallDialog", u"Search a country\u2026", None))
        ___qtreewidgetitem = self.countriesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CallDialog", u"Code", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CallDialog", u"Country", None))
        self.countriesCountLabel.setText("")
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.requirementsPage), QCoreApplication.translate("CallDialog", u"&Requirements", None))
        self.documentsHint.setText(QCoreApplication.translate("CallDialog", u"Each required document becomes an item of the formal check of every application. Double-click a document to change its description.", None))
#if QT_CONFIG(tooltip)
        self.addDocumentButton.setToolTip(QCoreApplication.translate("CallDialog", u"Add a required document at the end of the list", None))
#endif // QT_CONFIG(tooltip)
        self.addDocumentButton.setText(QCoreApplication.translate("CallDialog", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.removeDocumentButton.setToolTip(QCoreApplication.translate("CallDialog", u"Remove the selected document", None))
#endif // QT_CONFIG(tooltip)
        self.removeDocumentButton.setText(QCoreApplication.translate("CallDialog", u"&Remove", None))
        self.upDocumentButton.setText(QCoreApplication.translate("CallDialog", u"Move &up", None))
        self.downDocumentButton.setText(QCoreApplication.translate("CallDialog", u"Move do&wn", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.documentsPage), QCoreApplication.translate("CallDialog", u"Required &documents", None))
        self.gridHint.setText(QCoreApplication.translate("CallDialog", u"Criteria and points are published with the call: they cannot change once the evaluation starts. Minimum points: the least a project must score on that criterion (optional). Tie-break order: 1 for the first criterion that breaks a tie, 2 for the next\u2026; empty when the criterion is not used.", None))
        ___qtablewidgetitem = self.criteriaTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CallDialog", u"Code", None))
        ___qtablewidgetitem1 = self.criteriaTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CallDialog", u"Description", None))
        ___qtablewidgetitem2 = self.criteriaTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CallDialog", u"Maximum points", None))
        ___qtablewidgetitem3 = self.criteriaTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CallDialog", u"Minimum points", None))
        ___qtablewidgetitem4 = self.criteriaTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CallDialog", u"Tie-break order", None))
        self.addCriterionButton.setText(QCoreApplication.translate("CallDialog", u"&Add criterion", None))
#if QT_CONFIG(tooltip)
        self.removeCriterionButton.setToolTip(QCoreApplication.translate("CallDialog", u"Remove the selected criterion", None))
#endif // QT_CONFIG(tooltip)
        self.removeCriterionButton.setText(QCoreApplication.translate("CallDialog", u"&Remove", None))
        self.upCriterionButton.setText(QCoreApplication.translate("CallDialog", u"Move &up", None))
        self.downCriterionButton.setText(QCoreApplication.translate("CallDialog", u"Move do&wn", None))
        self.gridTotalLabel.setText("")
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.gridPage), QCoreApplication.translate("CallDialog", u"Evaluation &grid", None))
        self.committeeHint.setText(QCoreApplication.translate("CallDialog", u"The evaluators who score the applications of this call. Members are chosen among the active accounts with the evaluator role (Tools \u2192 Users\u2026).", None))
        ___qtablewidgetitem5 = self.committeeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CallDialog", u"Name", None))
        ___qtablewidgetitem6 = self.committeeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CallDialog", u"Username", None))
        ___qtablewidgetitem7 = self.committeeTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CallDialog", u"E-mail", None))
        ___qtablewidgetitem8 = self.committeeTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CallDialog", u"Role", None))
        ___qtablewidgetitem9 = self.committeeTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CallDialog", u"Appointed on", None))
        ___qtablewidgetitem10 = self.committeeTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CallDialog", u"Notes", None))
        self.candidateLabel.setText(QCoreApplication.translate("CallDialog", u"Evaluator", None))
        self.addMemberButton.setText(QCoreApplication.translate("CallDialog", u"&Add to the committee", None))
#if QT_CONFIG(tooltip)
        self.removeMemberButton.setToolTip(QCoreApplication.translate("CallDialog", u"Remove the selected member", None))
#endif // QT_CONFIG(tooltip)
        self.removeMemberButton.setText(QCoreApplication.translate("CallDialog", u"&Remove", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.committeePage), QCoreApplication.translate("CallDialog", u"Co&mmittee", None))
        self.statusGroup.setTitle(QCoreApplication.translate("CallDialog", u"Current status", None))
        self.transitionGroup.setTitle(QCoreApplication.translate("CallDialog", u"Change status", None))
        self.transitionNoteLabel.setText(QCoreApplication.translate("CallDialog", u"Note", None))
        self.transitionNoteEdit.setPlaceholderText(QCoreApplication.translate("CallDialog", u"Recorded in the history with the date and your name", None))
        self.rankingDecreeLabel.setText(QCoreApplication.translate("CallDialog", u"Ranking decree n.", None))
        self.rankingDecreeOfLabel.setText(QCoreApplication.translate("CallDialog", u"of", None))
        self.historyGroup.setTitle(QCoreApplication.translate("CallDialog", u"Status history", None))
        ___qtablewidgetitem11 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CallDialog", u"Date", None))
        ___qtablewidgetitem12 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CallDialog", u"From", None))
        ___qtablewidgetitem13 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CallDialog", u"To", None))
        ___qtablewidgetitem14 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CallDialog", u"User", None))
        ___qtablewidgetitem15 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("CallDialog", u"Note", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.statusPage), QCoreApplication.translate("CallDialog", u"&Status", None))
    # retranslateUi

