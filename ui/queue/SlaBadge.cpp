#include "SlaBadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace deskside::ui {

namespace {

constexpr int iconSize = 16;

void drawShape(QPainter &painter, QueueSla::State state)
{
    const QRectF box(2, 2, iconSize - 4, iconSize - 4);
    switch (state) {
    case QueueSla::State::OnTrack:
        painter.drawEllipse(box);
        break;
    case QueueSla::State::Warning: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.bottomRight());
        triangle.lineTo(box.bottomLeft());
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    case QueueSla::State::Breached:
        painter.setPen(QPen(painter.brush().color(), 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
        break;
    case QueueSla::State::Paused:
        painter.drawRect(QRectF(box.left() + 1, box.top(), 3.5, box.height()));
        painter.drawRect(QRectF(box.right() - 4.5, box.top(), 3.5, box.height()));
        break;
    case QueueSla::State::None:
        break;
    }
}

QIcon drawIcon(QueueSla::State state)
{
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SlaBadge::color(state));
    drawShape(painter, state);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QColor SlaBadge::color(QueueSla::State state)
{
    switch (state) {
    case QueueSla::State::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case QueueSla::State::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case QueueSla::State::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case QueueSla::State::Paused:
        return QColor(0x61, 0x61, 0x61);
    case QueueSla::State::None:
        break;
    }
    return {};
}

QIcon SlaBadge::icon(QueueSla::State state)
{
    if (state == QueueSla::State::None) {
        return {};
    }
    static const std::array<QIcon, 5> icons{
        QIcon(),
        drawIcon(QueueSla::State::OnTrack),
        drawIcon(QueueSla::State::Warning),
        drawIcon(QueueSla::State::Breached),
        drawIcon(QueueSla::State::Paused),
    };
    return icons[std::size_t(state)];
}

} // namespace deskside::ui
