#include "ui/app/brandingdialog.h"

#include "core/store/workspace.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace iroi::ui {

namespace {

const QString kCompany = QStringLiteral("brand.company");
const QString kLogo = QStringLiteral("brand.logo");
const QString kPrimary = QStringLiteral("brand.primary");
const QString kAccent = QStringLiteral("brand.accent");

} // namespace

BrandingDialog::BrandingDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_company(new QLineEdit(workspace.setting(kCompany), this))
    , m_logo(new QLineEdit(workspace.setting(kLogo), this))
    , m_primary(new QPushButton(this))
    , m_accent(new QPushButton(this))
{
    setWindowTitle(tr("Report branding"));
    m_company->setObjectName(QStringLiteral("company"));
    m_logo->setObjectName(QStringLiteral("logo"));
    m_company->setPlaceholderText(tr("Shown on every page of the board pack"));
    m_logo->setPlaceholderText(tr("PNG, JPEG or SVG file; empty = the company name"));
    showColour(m_primary, workspace.setting(kPrimary));
    showColour(m_accent, workspace.setting(kAccent));
    m_primary->setToolTip(tr("Title page and headings; empty = the house colours"));
    m_accent->setToolTip(tr("The band at the top of every page"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Company name"), m_company);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Primary colour"), m_primary);
    form->addRow(tr("Accent colour"), m_accent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &BrandingDialog::pickLogo);
    connect(m_primary, &QPushButton::clicked, this, [this] { pickColour(m_primary); });
    connect(m_accent, &QPushButton::clicked, this, [this] { pickColour(m_accent); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void BrandingDialog::showColour(QPushButton *button, const QString &colour)
{
    const QColor c(colour);
    button->setProperty("colour", c.isValid() ? c.name() : QString());
    button->setText(c.isValid() ? c.name() : tr("House colour"));
    button->setStyleSheet(c.isValid() ? QStringLiteral("background:%1;color:%2").arg(c.name(), c.lightness() > 140 ? QStringLiteral("black") : QStringLiteral("white"))
                                      : QString());
}

void BrandingDialog::pickColour(QPushButton *button)
{
    const QColor start(button->property("colour").toString());
    const QColor chosen = QColorDialog::getColor(start.isValid() ? start : QColor(0x1F, 0x4E, 0x79), this, tr("Choose a colour"));
    if (chosen.isValid())
        showColour(button, chosen.name());
}

void BrandingDialog::pickLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

bool BrandingDialog::save()
{
    const std::pair<QString, QString> values[] = {{kCompany, m_company->text().trimmed()},
                                                   {kLogo, m_logo->text().trimmed()},
                                                   {kPrimary, m_primary->property("colour").toString()},
                                                   {kAccent, m_accent->property("colour").toString()}};
    for (const auto &[key, value] : values) {
        // An empty field clears the setting: stored as "", the column takes no NULL.
        if (Status s = m_workspace.setSetting(key, value.isEmpty() ? QStringLiteral("") : value); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().toString());
            return false;
        }
    }
    return true;
}

} // namespace iroi::ui
