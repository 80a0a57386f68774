#pragma once

#include "core/domain/AnnotatorProfile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace candor {

// Edit > Annotator… and the first start's question: who is annotating (name, short id, colour). The short id
// follows the name's initials until the person edits it. OK checks the profile (AnnotatorProfile::validate, against
// the open project's team) and says inline what to fix instead of closing.
class AnnotatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotatorDialog)

public:
    explicit AnnotatorDialog(QWidget *parent = nullptr);

    void setProfile(const AnnotatorProfile &profile);
    AnnotatorProfile profile() const;
    // The other profiles of the open project: a short id one of them has is refused.
    void setTeam(const QList<AnnotatorProfile> &team) { m_team = team; }
    void setColour(const QColor &colour);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *shortIdEdit() const { return m_shortId; }
    QString errorText() const;

    void accept() override;

private:
    void chooseColour();

    QLineEdit *m_name;
    QLineEdit *m_shortId;
    QPushButton *m_colourButton;
    QLabel *m_error;
    QColor m_colour;
    QList<AnnotatorProfile> m_team;
    bool m_shortIdEdited = false;
};

} // namespace candor
