# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setWindowTitle(u"Coop Desktop")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionBackupFolder = QAction(MainWindow)
        self.actionBackupFolder.setObjectName(u"actionBackupFolder")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionOfficeSettings = QAction(MainWindow)
        self.actionOfficeSettings.setObjectName(u"actionOfficeSettings")
        self.actionOfficeSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionLetterTemplates = QAction(MainWindow)
        self.actionLetterTemplates.setObjectName(u"actionLetterTemplates")
        self.actionUsers = QAction(MainWindow)
        self.actionUsers.setObjectName(u"actionUsers")
        self.actionVerifyAudit = QAction(MainWindow)
        self.actionVerifyAudit.setObjectName(u"actionVerifyAudit")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.tabWidget = QTabWidget(self.centralWidget)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabWidget)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuTools = QMenu(self.menuBar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuTools.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionBackupFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuTools.addAction(self.actionOfficeSettings)
        self.menuTools.addAction(self.actionLetterTemplates)
        self.menuTools.addSeparator()
        self.menuTools.addAction(self.actionUsers)
        self.menuTools.addAction(self.actionChangePassword)
        self.menuTools.addSeparator()
        self.menuTools.addAction(self.actionVerifyAudit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
        self.actionQuit.triggered.connect(MainWindow.close)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Open another Coop Desktop database (SQLite file)", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Save a copy of the open database", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore from backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionRestore.setToolTip(QCoreApplication.translate("MainWindow", u"Replace the open database with a backup (a copy of the current one is kept)", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackupFolder.setText(QCoreApplication.translate("MainWindow", u"Backup &folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackupFolder.setToolTip(QCoreApplication.translate("MainWindow", u"Folder of the automatic backups made when the window closes", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionOfficeSettings.setText(QCoreApplication.translate("MainWindow", u"&Office settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOfficeSettings.setToolTip(QCoreApplication.translate("MainWindow", u"Office details printed on letters and decrees", None))
#endif // QT_CONFIG(tooltip)
        self.actionLetterTemplates.setText(QCoreApplication.translate("MainWindow", u"Letter &templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionLetterTemplates.setToolTip(QCoreApplication.translate("MainWindow", u"Edit the texts of the letters sent to applicants", None))
#endif // QT_CONFIG(tooltip)
        self.actionUsers.setText(QCoreApplication.translate("MainWindow", u"&Users\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionUsers.setToolTip(QCoreApplication.translate("MainWindow", u"Accounts that can sign in to this database (administrators only)", None))
#endif // QT_CONFIG(tooltip)
        self.actionVerifyAudit.setText(QCoreApplication.translate("MainWindow", u"&Verify the change log\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionVerifyAudit.setToolTip(QCoreApplication.translate("MainWindow", u"Check that no entry of the change log was altered or deleted", None))
#endif // QT_CONFIG(tooltip)
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"&Change password\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionChangePassword.setToolTip(QCoreApplication.translate("MainWindow", u"Change the password you sign in with", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Coop Desktop", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

