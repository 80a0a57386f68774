// The window's annotator: the profile its edits carry, Edit > Annotator…, the first start's question, the status
// bar's "who is annotating", and File > Merge annotations… (other annotators' copies of the project).
#include "core/domain/AnnotatorProfile.h"
#include "core/domain/Error.h"
#include "core/jobs/MergeJob.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/main/AnnotatorDialog.h"
#include "widgets/main/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

namespace candor {

namespace {

// Until a profile is saved the window annotates as the account ($USER), with the id and colour it would suggest.
AnnotatorProfile currentProfile()
{
    if (const std::optional<AnnotatorProfile> saved = AnnotatorProfile::load())
        return *saved;
    AnnotatorProfile fallback;
    fallback.name = AnnotatorProfile::resolveName(QString());
    fallback.shortId = AnnotatorProfile::suggestShortId(fallback.name);
    fallback.colour = AnnotatorProfile::suggestColour(fallback.name);
    return fallback;
}

} // namespace

void MainWindow::setupAnnotator()
{
    m_annotatorLabel = new QLabel(this);
    m_annotatorLabel->setObjectName(QStringLiteral("annotatorLabel"));
    m_annotatorLabel->setAccessibleName(tr("Annotator"));
    m_annotatorLabel->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_annotatorLabel);
    applyAnnotator(currentProfile());
}

void MainWindow::applyAnnotator(const AnnotatorProfile &profile)
{
    m_editor->setAnnotator(profile.name);
    const QString plain
        = profile.name.isEmpty() ? tr("No annotator") : QStringLiteral("%1 %2").arg(profile.shortId, profile.name);
    m_annotatorLabel->setAccessibleDescription(plain); // what a screen reader says instead of the coloured square
    // A square of the annotator's colour before the short id and name: whose edits these are, at a glance.
    m_annotatorLabel->setText(
        QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2").arg(profile.colour.name(), plain.toHtmlEscaped()));
    m_annotatorLabel->setToolTip(tr("Annotating as %1 (%2). Edit > Annotator… changes it.")
                                     .arg(profile.name.isEmpty() ? tr("(unnamed)") : profile.name, profile.shortId));
}

void MainWindow::showProfileAnnotator()
{
    applyAnnotator(currentProfile());
}

QString MainWindow::annotatorStatusText() const
{
    return m_annotatorLabel->accessibleDescription();
}

void MainWindow::editAnnotator()
{
    auto *dialog = new AnnotatorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<AnnotatorProfile> saved = AnnotatorProfile::load())
        dialog->setProfile(*saved);
    else
        dialog->nameEdit()->setText(AnnotatorProfile::resolveName(QString())); // a start the person can correct
    if (m_store) {
        try {
            dialog->setTeam(AnnotatorProfile::team(*m_store));
        } catch (const Error &error) {
            reportError(error.message());
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AnnotatorProfile profile = dialog->profile();
        profile.save();
        if (m_store) {
            try {
                profile.registerIn(*m_store);
            } catch (const Error &error) {
                reportError(error.message());
            }
        }
        applyAnnotator(profile);
        appendLog(tr("Annotating as %1 (%2)").arg(profile.name, profile.shortId));
    });
    if (m_annotatorDialogHook) {
        m_annotatorDialogHook(dialog);
        dialog->close();
        return;
    }
    dialog->open();
}

bool MainWindow::askAnnotatorIfMissing()
{
    if (AnnotatorProfile::load())
        return false;
    editAnnotator();
    return true;
}

Job *MainWindow::mergeAnnotations(const QStringList &otherPaths)
{
    if (!m_store || otherPaths.isEmpty()) {
        reportError(tr("Open the project to merge into first."));
        return nullptr;
    }
    return startJob(std::make_unique<MergeJob>(m_store->path(), otherPaths));
}

} // namespace candor
