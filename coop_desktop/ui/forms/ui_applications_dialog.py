# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'applications_dialog.ui'
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
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ApplicationsDialog(object):
    def setupUi(self, ApplicationsDialog):
        if not ApplicationsDialog.objectName():
            ApplicationsDialog.setObjectName(u"ApplicationsDialog")
        ApplicationsDialog.resize(1180, 680)
        self.mainLayout = QVBoxLayout(ApplicationsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.callTitleLabel = QLabel(ApplicationsDialog)
        self.callTitleLabel.setObjectName(u"callTitleLabel")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.callTitleLabel.setFont(font)
        self.callTitleLabel.setWordWrap(True)
        self.callTitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.callTitleLabel)

        self.callInfoLabel = QLabel(ApplicationsDialog)
        self.callInfoLabel.setObjectName(u"callInfoLabel")
        self.callInfoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.callInfoLabel)

        self.countsLabel = QLabel(ApplicationsDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setStyleSheet(u"background: #eef3f8; padding: 6px; border-radius: 3px;")
        self.countsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countsLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ApplicationsDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(ApplicationsDialog)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.statusCombo.setMaxVisibleItems(20)

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(ApplicationsDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(ApplicationsDialog)
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

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ApplicationsDialog)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ApplicationsDialog)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.checkButton = QPushButton(ApplicationsDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.actionsLayout.addWidget(self.checkButton)

        self.importButton = QPushButton(ApplicationsDialog)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.progressBar = QProgressBar(ApplicationsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(160, 16777215))
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.actionsLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(ApplicationsDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.actionsLayout.addWidget(self.progressLabel)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.buttonBox = QDialogButtonBox(ApplicationsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.actionsLayout)

        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.importButton)

        self.retranslateUi(ApplicationsDialog)

        QMetaObject.connectSlotsByName(ApplicationsDialog)
    # setupUi

    def retranslateUi(self, ApplicationsDialog):
        ApplicationsDialog.setWindowTitle(QCoreApplication.translate("ApplicationsDialog", u"Applications", None))
#if QT_CONFIG(tooltip)
        self.countsLabel.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Applications of the call by status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Search by protocol number, title, lead applicant or its tax code", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ApplicationsDialog", u"Search\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Show only the applications in this status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Register an application received for this call", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ApplicationsDialog", u"&New application\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Open the record of the selected application", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ApplicationsDialog", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Run the formal checks of every application of the call still in the procedure", None))
#endif // QT_CONFIG(tooltip)
        self.checkButton.setText(QCoreApplication.translate("ApplicationsDialog", u"&Check admissibility", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ApplicationsDialog", u"Register the applications of an .xlsx sheet, checking every row first", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ApplicationsDialog", u"&Import from Excel\u2026", None))
    # retranslateUi

