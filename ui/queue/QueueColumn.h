#pragma once

namespace deskside::ui {

// The columns of the queue table, in display order.
enum class QueueColumn
{
    Id,
    Subject,
    Requester,
    Priority,
    Status,
    Assignee,
    SlaDue,
    Updated,
    Count
};

} // namespace deskside::ui
