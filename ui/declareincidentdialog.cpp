// SPDX-License-Identifier: GPL-3.0-or-later
#include "declareincidentdialog.h"

#include "eventtypes.h"
#include "presentation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Warroom {

DeclareIncidentDialog::DeclareIncidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_titleEdit(new QLineEdit(this))
    , m_severityCombo(new QComboBox(this))
    , m_summaryEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("declareIncidentDialog"));
    setWindowTitle(tr("Declare Incident"));

    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setMaxLength(Limits::TitleMax);
    m_titleEdit->setPlaceholderText(tr("What is broken, in a few words"));
    m_titleEdit->setAccessibleName(tr("Incident title"));
    m_titleEdit->setAccessibleDescription(tr("Required, at most %n characters", nullptr, Limits::TitleMax));

    m_severityCombo->setObjectName(QStringLiteral("severityComboBox"));
    m_severityCombo->setAccessibleName(tr("Severity", "how bad the incident is"));
    for (const Severity severity : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}) {
        m_severityCombo->addItem(QIcon(Presentation::severityPixmap(severity, devicePixelRatioF())),
            tr("%1 — %2", "severity name, then its description")
                .arg(Presentation::severityText(severity), Presentation::severityDescription(severity)),
            int(severity));
        const int item = m_severityCombo->count() - 1;
        m_severityCombo->setItemData(
            item, Presentation::severityAccessibleText(severity), Qt::AccessibleTextRole);
    }
    setSeverity(Severity::Sev3);

    m_summaryEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryEdit->setAccessibleName(tr("Summary", "what is known of the incident so far"));
    m_summaryEdit->setPlaceholderText(tr("What do you know so far? Who is affected? (optional)"));
    m_summaryEdit->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_declareButton = buttons->button(QDialogButtonBox::Ok);
    m_declareButton->setObjectName(QStringLiteral("declareButton"));
    m_declareButton->setText(tr("&Declare", "button: declare the incident"));
    m_declareButton->setAccessibleName(tr("Declare the incident"));
    m_declareButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Severity:", "how bad the incident is"), m_severityCombo);
    form->addRow(tr("S&ummary:", "what is known of the incident so far"), m_summaryEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_titleEdit, &QLineEdit::textChanged, this, &DeclareIncidentDialog::updateDeclareButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::requestDeclare);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the summary makes a new line; Ctrl+Enter declares from anywhere in the dialog.
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, this, &DeclareIncidentDialog::requestDeclare);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateDeclareButton();
    m_titleEdit->setFocus();
}

DeclareIncidentDialog::~DeclareIncidentDialog() = default;

QString DeclareIncidentDialog::incidentTitle() const
{
    return m_titleEdit->text().trimmed();
}

Severity DeclareIncidentDialog::severity() const
{
    return static_cast<Severity>(m_severityCombo->currentData().toInt());
}

QString DeclareIncidentDialog::summary() const
{
    return m_summaryEdit->toPlainText().trimmed();
}

void DeclareIncidentDialog::setSeverity(Severity severity)
{
    const int item = m_severityCombo->findData(int(severity));
    if (item >= 0)
        m_severityCombo->setCurrentIndex(item);
}

void DeclareIncidentDialog::updateDeclareButton()
{
    m_declareButton->setEnabled(!incidentTitle().isEmpty());
}

void DeclareIncidentDialog::requestDeclare()
{
    if (incidentTitle().isEmpty())
        return;
    Q_EMIT declareRequested(incidentTitle(), severity(), summary());
}

} // namespace Warroom
