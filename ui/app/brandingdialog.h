#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace iroi {
class Workspace;
}

namespace iroi::ui {

// The board pack's branding, kept per workspace: company name on every page, a logo (PNG,
// JPEG or SVG) and the primary and accent colours. Stored in the workspace's settings
// (brand.company, brand.logo, brand.primary, brand.accent), which core/report reads.
class BrandingDialog : public QDialog
{
    Q_OBJECT
public:
    BrandingDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Writes the fields to the workspace; false (with a message box) when it cannot.
    bool save();

private:
    void pickColour(QPushButton *button);
    void pickLogo();
    static void showColour(QPushButton *button, const QString &colour);

    Workspace &m_workspace;
    QLineEdit *m_company;
    QLineEdit *m_logo;
    QPushButton *m_primary;
    QPushButton *m_accent;
};

} // namespace iroi::ui
