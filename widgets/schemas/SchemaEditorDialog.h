#pragma once

#include "core/domain/LabelSchema.h"
#include "core/domain/SchemaChecks.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace candor {

class LabelTable;
class ProjectStore;

// Edit > Label schemas…: the project's label schemas, the built-in ones read-only (Copy makes one to edit), a team's
// own ones editable: labels added, renamed, recoloured, re-keyed, retired, reordered; new, copied, imported (Candor
// JSON, Label Studio configuration), exported, deleted. Every edit is checked as it is typed (key conflicts with
// the schema and the window, duplicate names: errors that block Save; faint or look-alike colours: warnings).
// Save writes the schema in one transaction (ProjectStore::saveSchema); renames keep every annotation.
class SchemaEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `reservedKeys`: the window's own keys, which a label key must not take.
    SchemaEditorDialog(
        ProjectStore *store, const QList<QPair<QKeySequence, QString>> &reservedKeys, QWidget *parent = nullptr);

    // What the buttons do once they have asked for a name or a file; public for tests and the CLI-minded.
    bool selectSchema(const QString &name);
    QString currentSchemaName() const;
    bool createSchema(const QString &name);
    bool copyCurrentSchema(const QString &name);
    bool importSchema(const QString &path, const QString &name = {});
    bool exportCurrentSchema(const QString &path);
    bool deleteCurrentSchema();
    bool save();
    bool isDirty() const { return m_dirty; }
    // The schema as the editor shows it now, and what the check says of it.
    LabelSchema draft() const;
    QList<SchemaProblem> problems() const;
    QString problemText() const; // plain text, one problem a line
    LabelTable *labelTable() const { return m_table; }

    // Test seams: how the dialog asks for a name, a file, or whether to drop unsaved edits (default: Qt's dialogs).
    void setNameAsker(std::function<QString(const QString &title, const QString &suggestion)> asker);
    void setFileAsker(std::function<QString(bool save, const QString &suggestion)> asker);
    void setDiscardAsker(std::function<bool(const QString &schema)> asker);

Q_SIGNALS:
    // The store's schemas changed (saved, created, imported, deleted): views that list labels reread them.
    void schemasChanged();

protected:
    void done(int result) override;

private:
    void reloadList(const QString &select);
    void loadSchema(const QString &name);
    void refreshChecks();
    void showProblems(const QStringList &html, const QStringList &plain);
    bool confirmDiscard();
    int rowOf(const QString &name) const; // the schema's row in the list, -1 when it has none
    // Stores a schema new to the project and shows it; throws candor::Error(nameTaken) when the name is taken.
    void saveNewSchema(const LabelSchema &schema, const QString &nameTaken);
    bool report(const std::function<void()> &action);

    ProjectStore *m_store;
    SchemaCheckContext m_context;
    QListWidget *m_list;
    QLineEdit *m_description;
    QComboBox *m_use;
    LabelTable *m_table;
    QLabel *m_readOnlyNote;
    QLabel *m_problems;
    QPushButton *m_addLabel, *m_removeLabel, *m_colour, *m_up, *m_down;
    QPushButton *m_new, *m_copy, *m_import, *m_export, *m_delete;
    QPushButton *m_save, *m_revert;
    QDialogButtonBox *m_buttons;
    QString m_current;
    bool m_builtin = true;
    bool m_dirty = false;
    bool m_loading = false;
    std::function<QString(const QString &, const QString &)> m_askName;
    std::function<QString(bool, const QString &)> m_askFile;
    std::function<bool(const QString &)> m_askDiscard;
};

} // namespace candor
