#pragma once

#include "core/domain/FactCheck.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace candor {

class AnnotationEditor;

// Beside a post's text in the item view: is this post fake? It shows the model's calibrated fake probability and
// what drives it, the dataset's (gold) verdict and the person's verdict, and takes the person's verdict with
// F (fake), R (real) and U (unsure), one undoable command each (as stance in a thread). Below, the item's
// fact-check record (claim, rating, note; as Meedan Check's claim-and-rating panel), saved as one undoable edit;
// a record that cannot be saved shows why, in place, and nothing is written.
class VerdictPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictPanel)

public:
    explicit VerdictPanel(AnnotationEditor *editor, QWidget *parent = nullptr);

    void showItem(qint64 itemId); // 0 clears
    void reload(); // the same item, fresh rows (after an edit, an undo or a prediction)
    qint64 itemId() const { return m_itemId; }

    // The human verdict: "fake", "real" or "unsure" (fake-2). False (nothing pushed) without an item, or when it is
    // the item's answer already.
    bool setVerdict(const QString &label);
    // F, R, U: enabled while a post is shown. The item view adds them to its annotation actions.
    QList<QAction *> verdictActions() const { return m_actions; }
    // Asked first when F, R or U is pressed: true when the key was taken for something else (the item view labels a
    // text selection or a selected span with the technique of that key, as R and U are persuasion-20 keys). The
    // panel's buttons always give the verdict.
    void setKeyFilter(std::function<bool(const QKeySequence &)> filter) { m_keyFilter = std::move(filter); }

    // Saves the fields as the item's fact check; false with the problems shown when it cannot be stored.
    bool saveFactCheck();
    bool removeFactCheck();
    QString factCheckError() const;

    QPlainTextEdit *claimEdit() const { return m_claim; }
    QComboBox *ratingBox() const { return m_rating; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString modelText() const;
    QString goldText() const;
    QString humanText() const;
    QString pictureText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showVerdict();
    void showFactCheck();
    void showError(const QString &message);

    AnnotationEditor *m_editor;
    qint64 m_itemId = 0;
    QLabel *m_model;
    QLabel *m_modality;
    QLabel *m_gold;
    QLabel *m_human;
    QPlainTextEdit *m_picture;
    QPlainTextEdit *m_claim;
    QComboBox *m_rating;
    QPlainTextEdit *m_note;
    QLabel *m_factStamp;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
    QList<QAction *> m_actions;
    std::function<bool(const QKeySequence &)> m_keyFilter;
    std::optional<FactCheck> m_shown; // the record the fact-check fields were last filled from
    qint64 m_shownItem = 0;
};

} // namespace candor
