#include "dialogs/footagerangedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

// QSpinBox holds an int: 2^31 frames is over two years at 30 fps.
constexpr int kMaxFrame = 2'000'000'000;

} // namespace

QString describeRange(const FootageRangeChoice& range)
{
    return FootageRangeDialog::tr("%1, frames %2–%3")
        .arg(QFileInfo(range.path).fileName())
        .arg(range.firstFrame)
        .arg(range.lastFrame);
}

FootageRangeDialog::FootageRangeDialog(const QStringList& clips, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add a Range of Frames"));
    m_clip = new QComboBox(this);
    for (const QString& clip : clips)
        m_clip->addItem(QFileInfo(clip).fileName(), clip);
    m_clip->setToolTip(tr("The clip the range is taken from"));
    m_first = new QSpinBox(this);
    m_last = new QSpinBox(this);
    for (QSpinBox* box : {m_first, m_last}) {
        box->setRange(0, kMaxFrame);
        box->setGroupSeparatorShown(true);
    }
    m_last->setValue(99);
    // The range never turns inside out: moving one end pushes the other.
    connect(m_first, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_last->value() < value)
            m_last->setValue(value);
    });
    connect(m_last, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_first->value() > value)
            m_first->setValue(value);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Clip:"), m_clip);
    form->addRow(tr("First frame:"), m_first);
    form->addRow(tr("Last frame:"), m_last);
    auto* hint = new QLabel(tr("Frames are numbered from 0, as in the timeline; both ends are included. "
                               "The range replaces the whole clip in the list."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_clip->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

FootageRangeChoice FootageRangeDialog::choice() const
{
    return {m_clip->currentData().toString(), m_first->value(), m_last->value(), QString()};
}

void FootageRangeDialog::setChoice(const FootageRangeChoice& choice)
{
    const int index = m_clip->findData(choice.path);
    if (index >= 0)
        m_clip->setCurrentIndex(index);
    m_last->setValue(static_cast<int>(std::min<qint64>(choice.lastFrame, kMaxFrame)));
    m_first->setValue(static_cast<int>(std::min<qint64>(choice.firstFrame, kMaxFrame)));
}

RangeChooserDialog::RangeChooserDialog(const QVector<FootageRangeChoice>& ranges, QWidget* parent)
    : QDialog(parent), m_ranges(ranges)
{
    setWindowTitle(tr("Train on Annotated Ranges"));
    auto* hint = new QLabel(tr("Tick the annotated stretches that show the camera's normal activity."), this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    for (const FootageRangeChoice& range : m_ranges) {
        const QString text = range.label.isEmpty() ? describeRange(range)
                                                   : tr("%1 — %2").arg(range.label, describeRange(range));
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(QDir::toNativeSeparators(range.path));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(520, 360)));
}

QVector<FootageRangeChoice> RangeChooserDialog::chosen() const
{
    QVector<FootageRangeChoice> result;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_ranges[row];
    return result;
}

} // namespace anomalens::ui
