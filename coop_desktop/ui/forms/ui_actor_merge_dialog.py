# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actor_merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QRadioButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ActorMergeDialog(object):
    def setupUi(self, ActorMergeDialog):
        if not ActorMergeDialog.objectName():
            ActorMergeDialog.setObjectName(u"ActorMergeDialog")
        ActorMergeDialog.resize(900, 700)
        self.mainLayout = QVBoxLayout(ActorMergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ActorMergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.searchGroup = QGroupBox(ActorMergeDialog)
        self.searchGroup.setObjectName(u"searchGroup")
        self.searchLayout = QVBoxLayout(self.searchGroup)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.searchGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(self.searchGroup)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMaximumSize(QSize(16777215, 130))

        self.searchLayout.addWidget(self.resultsList)


        self.mainLayout.addWidget(self.searchGroup)

        self.keepGroup = QGroupBox(ActorMergeDialog)
        self.keepGroup.setObjectName(u"keepGroup")
        self.keepLayout = QHBoxLayout(self.keepGroup)
        self.keepLayout.setObjectName(u"keepLayout")
        self.keepFirstRadio = QRadioButton(self.keepGroup)
        self.keepFirstRadio.setObjectName(u"keepFirstRadio")
        self.keepFirstRadio.setChecked(True)

        self.keepLayout.addWidget(self.keepFirstRadio)

        self.keepSecondRadio = QRadioButton(self.keepGroup)
        self.keepSecondRadio.setObjectName(u"keepSecondRadio")

        self.keepLayout.addWidget(self.keepSecondRadio)


        self.mainLayout.addWidget(self.keepGroup)

        self.compareTable = QTableWidget(ActorMergeDialog)
        if (self.compareTable.columnCount() < 2):
            self.compareTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compareTable.setWordWrap(False)
        self.compareTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.compareTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.compareTable)

        self.legendLabel = QLabel(ActorMergeDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.legendLabel)

        self.errorLabel = QLabel(ActorMergeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActorMergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)

        self.retranslateUi(ActorMergeDialog)

        QMetaObject.connectSlotsByName(ActorMergeDialog)
    # setupUi

    def retranslateUi(self, ActorMergeDialog):
        ActorMergeDialog.setWindowTitle(QCoreApplication.translate("ActorMergeDialog", u"Merge duplicate actors", None))
        self.introLabel.setText(QCoreApplication.translate("ActorMergeDialog", u"Compare the two records and choose the one that stays. The applications, partnerships, contact persons, letters and memberships of the other move to it; the other is archived as merged.", None))
        self.searchGroup.setTitle(QCoreApplication.translate("ActorMergeDialog", u"Find the duplicate", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ActorMergeDialog", u"Search by name, tax code or municipality\u2026", None))
        self.keepGroup.setTitle(QCoreApplication.translate("ActorMergeDialog", u"Record that stays", None))
        ___qtablewidgetitem = self.compareTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ActorMergeDialog", u"Stays", None))
        ___qtablewidgetitem1 = self.compareTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ActorMergeDialog", u"Merged into it", None))
        self.legendLabel.setText(QCoreApplication.translate("ActorMergeDialog", u"Rows in colour differ between the two records. Only the links move: the fields of the record that stays are kept as they are.", None))
    # retranslateUi

