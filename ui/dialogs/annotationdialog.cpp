#include "dialogs/annotationdialog.h"

#include "widgets/timecode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace anomalens::ui {

namespace {

// QSpinBox holds an int: 2^31 frames is over two years at 30 fps, far beyond
// any recording a case holds.
int clampToInt(std::int64_t value)
{
    return static_cast<int>(std::clamp<std::int64_t>(value, 0, INT_MAX));
}

} // namespace

AnnotationDialog::AnnotationDialog(double fps, std::int64_t lastFrame, QWidget* parent)
    : QDialog(parent)
    , m_fps(fps > 0.0 ? fps : 25.0)
{
    setObjectName(QStringLiteral("annotationDialog"));
    setWindowTitle(tr("Annotation"));

    m_label = new QComboBox;
    m_label->setObjectName(QStringLiteral("annotationLabel"));
    m_label->setEditable(true);
    // Suggestions must never replace what was typed by completing on Enter.
    m_label->setInsertPolicy(QComboBox::NoInsert);
    m_label->lineEdit()->setPlaceholderText(tr("e.g. person loitering"));
    m_label->setMinimumContentsLength(24);

    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setPlaceholderText(tr("What is seen, by whom, why it matters…"));
    m_note->setTabChangesFocus(true);

    const int maxFrame = lastFrame >= 0 ? clampToInt(lastFrame) : INT_MAX;
    m_start = new QSpinBox;
    m_start->setObjectName(QStringLiteral("annotationStartFrame"));
    m_start->setRange(0, maxFrame);
    m_end = new QSpinBox;
    m_end->setObjectName(QStringLiteral("annotationEndFrame"));
    m_end->setRange(0, maxFrame);
    m_startTimecode = new QLabel;
    m_endTimecode = new QLabel;
    m_duration = new QLabel;
    for (QLabel* label : {m_startTimecode, m_endTimecode, m_duration})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto frameRow = [](QSpinBox* box, QLabel* timecode) {
        auto* row = new QWidget;
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(box);
        layout->addWidget(timecode, 1);
        return row;
    };

    auto* form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&First frame:"), frameRow(m_start, m_startTimecode));
    form->addRow(tr("L&ast frame:"), frameRow(m_end, m_endTimecode));
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // The last frame follows the first when the first moves past it, rather
    // than refusing the edit: moving a whole range forward is the common case.
    connect(m_start, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        if (m_end->value() < value)
            m_end->setValue(value);
        updateTimecodes();
    });
    connect(m_end, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        if (value < m_start->value())
            m_start->setValue(value);
        updateTimecodes();
    });
    connect(m_label, &QComboBox::editTextChanged, this, [this] { updateOkButton(); });

    updateTimecodes();
    updateOkButton();
    resize(460, 360);
}

QPushButton* AnnotationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AnnotationDialog::setLabelSuggestions(const QStringList& labels)
{
    const QString typed = m_label->currentText();
    m_label->clear();
    m_label->addItems(labels);
    m_label->setEditText(typed);
}

void AnnotationDialog::setAnnotation(const store::Annotation& annotation)
{
    m_annotation = annotation;
    m_label->setEditText(QString::fromStdString(annotation.label));
    m_note->setPlainText(QString::fromStdString(annotation.note));
    // End first so that setting the start never drags it along.
    m_end->setValue(clampToInt(annotation.frameEnd));
    m_start->setValue(clampToInt(annotation.frameStart));
    m_end->setValue(clampToInt(std::max(annotation.frameStart, annotation.frameEnd)));
    updateTimecodes();
    updateOkButton();
}

store::Annotation AnnotationDialog::annotation() const
{
    store::Annotation result = m_annotation;
    result.label = m_label->currentText().trimmed().toStdString();
    result.note = m_note->toPlainText().trimmed().toStdString();
    result.frameStart = m_start->value();
    result.frameEnd = std::max(m_start->value(), m_end->value());
    return result;
}

QString AnnotationDialog::timecodeOf(int frameIndex) const
{
    return formatTimecode(static_cast<qint64>(std::llround(frameIndex / m_fps * 1e6)));
}

void AnnotationDialog::updateTimecodes()
{
    m_startTimecode->setText(timecodeOf(m_start->value()));
    m_endTimecode->setText(timecodeOf(m_end->value()));
    const int frames = m_end->value() - m_start->value() + 1;
    m_duration->setText(frames <= 1 ? tr("1 frame (bookmark)")
                                    : tr("%1 (%2 frames)").arg(timecodeOf(frames)).arg(frames));
}

void AnnotationDialog::updateOkButton()
{
    const bool hasLabel = !m_label->currentText().trimmed().isEmpty();
    okButton()->setEnabled(hasLabel);
    okButton()->setToolTip(hasLabel ? QString() : tr("Enter a label first."));
}

} // namespace anomalens::ui
