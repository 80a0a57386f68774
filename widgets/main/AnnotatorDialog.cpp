#include "widgets/main/AnnotatorDialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {

AnnotatorDialog::AnnotatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_shortId(new QLineEdit(this))
    , m_colourButton(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("AnnotatorDialog"));
    setWindowTitle(tr("Annotator"));
    auto *intro = new QLabel(tr("Every annotation you make keeps your name, so that a team's work can be merged and "
                                "compared. The short id and the colour mark your annotations where space is short."),
        this);
    intro->setWordWrap(true);
    m_name->setPlaceholderText(tr("e.g. Ana López"));
    m_shortId->setPlaceholderText(tr("e.g. AL"));
    m_shortId->setMaxLength(4);
    m_name->setAccessibleName(tr("Name"));
    m_shortId->setAccessibleName(tr("Short id"));
    m_colourButton->setAccessibleName(tr("Colour"));
    m_colourButton->setObjectName(QStringLiteral("colourButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Short id"), m_shortId);
    form->addRow(tr("&Colour"), m_colourButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnnotatorDialog::reject);
    connect(m_colourButton, &QPushButton::clicked, this, &AnnotatorDialog::chooseColour);
    connect(m_shortId, &QLineEdit::textEdited, this, [this] { m_shortIdEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_shortIdEdited)
            m_shortId->setText(AnnotatorProfile::suggestShortId(name));
        if (!m_colour.isValid())
            setColour(AnnotatorProfile::suggestColour(name));
    });
    setColour(QColor());
    resize(420, sizeHint().height());
}

void AnnotatorDialog::setProfile(const AnnotatorProfile &profile)
{
    m_shortIdEdited = true; // an existing id stays as it is when the name is corrected
    m_name->setText(profile.name);
    m_shortId->setText(profile.shortId);
    setColour(profile.colour);
}

AnnotatorProfile AnnotatorDialog::profile() const
{
    AnnotatorProfile profile;
    profile.name = m_name->text();
    profile.shortId = m_shortId->text();
    profile.colour = m_colour;
    return profile;
}

void AnnotatorDialog::setColour(const QColor &colour)
{
    m_colour = colour;
    QPixmap swatch(32, 16);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    if (colour.isValid()) {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setIconSize(swatch.size());
    m_colourButton->setText(colour.isValid() ? colour.name() : tr("Choose…"));
}

QString AnnotatorDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void AnnotatorDialog::accept()
{
    const QString problem = profile().validate(m_team);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    m_error->clear();
    QDialog::accept();
}

void AnnotatorDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Colour of your annotations"));
    if (chosen.isValid())
        setColour(chosen);
}

} // namespace candor
