# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actors_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
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
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(ActorsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.typeCombo = QComboBox(ActorsTab)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.optionsLayout.addWidget(self.typeCombo)

        self.provinceCombo = QComboBox(ActorsTab)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.provinceCombo.setMaxVisibleItems(20)

        self.optionsLayout.addWidget(self.provinceCombo)

        self.archivedCheck = QCheckBox(ActorsTab)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.optionsLayout.addWidget(self.archivedCheck)

        self.optionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.mainLayout.addLayout(self.optionsLayout)

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
        self.typeCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Type of actor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.provinceCombo.setToolTip(QCoreApplication.translate("ActorsTab", u"Province of the registered office", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.archivedCheck.setToolTip(QCoreApplication.translate("ActorsTab", u"List the archived actors instead of the active ones", None))
#endif // QT_CONFIG(tooltip)
        self.archivedCheck.setText(QCoreApplication.translate("ActorsTab", u"Show archived only", None))
        pass
    # retranslateUi

