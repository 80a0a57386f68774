#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QKeySequenceEdit;
class QLabel;

namespace candor {

class ThreadView;

// Edit > Stance keys…: one key editor per stance (support, deny, query, comment). A key used twice, left empty
// or already taken by one of the window's shortcuts is named under the editors and OK stays disabled; "Restore
// Defaults" gives S / D / Q / C back. OK applies the keys to the thread view at once and stores them.
class StanceKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StanceKeysDialog)

public:
    // `reserved`: the window's other shortcuts with what they do (see windowShortcuts).
    StanceKeysDialog(ThreadView *view, const QList<QPair<QKeySequence, QString>> &reserved, QWidget *parent = nullptr);

    // Shortcuts that work anywhere in `window`: its actions with window or application context.
    static QList<QPair<QKeySequence, QString>> windowShortcuts(const QWidget *window);

    QList<QKeySequence> keys() const;
    void setKeys(const QList<QKeySequence> &keys);
    QKeySequenceEdit *editor(int stance) const { return m_editors.value(stance); }
    // Why the keys cannot be taken (one line per problem); empty when they can.
    QString problems() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void validate();

    ThreadView *m_view;
    QList<QPair<QKeySequence, QString>> m_reserved;
    QList<QKeySequenceEdit *> m_editors;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_problems;
};

} // namespace candor
