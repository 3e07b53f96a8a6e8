// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Warroom {

/// Asks for what a new incident needs: a title (required), a severity (SEV3 unless told) and an optional
/// summary. It only collects: on Declare it emits declareRequested() and stays open; the receiver declares
/// the incident and calls accept() when that worked, so a refused declaration never loses a typed word.
class DeclareIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeclareIncidentDialog(QWidget *parent = nullptr);
    ~DeclareIncidentDialog() override;

    [[nodiscard]] QString incidentTitle() const; ///< trimmed
    [[nodiscard]] Severity severity() const;
    [[nodiscard]] QString summary() const; ///< trimmed
    void setSeverity(Severity severity);

Q_SIGNALS:
    void declareRequested(const QString &title, Warroom::Severity severity, const QString &summary);

private:
    void updateDeclareButton();
    void requestDeclare();

    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QPlainTextEdit *m_summaryEdit = nullptr;
    QPushButton *m_declareButton = nullptr;
};

} // namespace Warroom
