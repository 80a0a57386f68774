#include "widgets/thread/StanceKeysDialog.h"

#include "widgets/thread/StanceKeys.h"
#include "widgets/thread/ThreadView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {

StanceKeysDialog::StanceKeysDialog(
    ThreadView *view, const QList<QPair<QKeySequence, QString>> &reserved, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_reserved(reserved)
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Stance keys"));
    auto *form = new QFormLayout;
    const QStringList names = {tr("&Support"), tr("&Deny"), tr("&Query"), tr("&Comment")};
    for (int i = 0; i < names.size(); ++i) {
        auto *edit = new QKeySequenceEdit(this);
        edit->setObjectName(QStringLiteral("stanceKey-") + stanceKeyLabels()[i]);
        edit->setAccessibleName(tr("Key for the stance %1").arg(stanceKeyLabels()[i]));
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this, edit](const QKeySequence &key) {
            // One key (with modifiers) per stance: the first of a typed sequence is kept.
            if (key.count() > 1)
                edit->setKeySequence(QKeySequence(key[0]));
            validate();
        });
        auto *label = new QLabel(names[i], this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_editors.append(edit);
    }
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Key conflicts"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setKeys(defaultStanceKeys()); });

    auto *hint = new QLabel(tr("The keys give the current reply of a thread a human stance. Click a field and press "
                               "the new key."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    setKeys(m_view ? m_view->stanceKeys() : storedStanceKeys());
}

QList<QPair<QKeySequence, QString>> StanceKeysDialog::windowShortcuts(const QWidget *window)
{
    QList<QPair<QKeySequence, QString>> shortcuts;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            shortcuts.append({key, action->text().remove(QLatin1Char('&'))});
    }
    return shortcuts;
}

QList<QKeySequence> StanceKeysDialog::keys() const
{
    QList<QKeySequence> keys;
    for (const QKeySequenceEdit *edit : m_editors)
        keys.append(edit->keySequence());
    return keys;
}

void StanceKeysDialog::setKeys(const QList<QKeySequence> &keys)
{
    for (int i = 0; i < m_editors.size() && i < keys.size(); ++i) {
        const QSignalBlocker block(m_editors[i]);
        m_editors[i]->setKeySequence(keys[i]);
    }
    validate();
}

void StanceKeysDialog::validate()
{
    QStringList problems;
    const QList<QKeySequence> current = keys();
    for (int i = 0; i < current.size(); ++i) {
        const QString stance = stanceKeyLabels()[i];
        if (current[i].isEmpty()) {
            problems.append(tr("%1 has no key.").arg(stance));
            continue;
        }
        const QString text = current[i].toString(QKeySequence::NativeText);
        for (int j = 0; j < i; ++j)
            if (current[j] == current[i])
                problems.append(tr("%1 is both %2 and %3.").arg(text, stanceKeyLabels()[j], stance));
        for (const auto &[key, what] : m_reserved)
            if (key == current[i])
                problems.append(tr("%1 (%2) is already \"%3\".").arg(text, stance, what));
    }
    m_problems = problems.join(QLatin1Char('\n'));
    m_problemLabel->setText(m_problems);
    m_problemLabel->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void StanceKeysDialog::accept()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    if (m_view)
        m_view->setStanceKeys(keys());
    storeStanceKeys(keys());
    QDialog::accept();
}

} // namespace candor
