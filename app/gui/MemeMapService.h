#pragma once

#include "widgets/meme/MemeMapRequests.h"

namespace candor {

class MainWindow;

// Answers the meme view's requests for missing maps with MemeMapJobs run in the window's job manager (they show
// in the Jobs dock and are cancelled at shutdown like any other job).
class MemeMapService final : public MemeMapRequests
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeMapService)

public:
    explicit MemeMapService(MainWindow *window);
    void request(const MemeMapKey &key) override;

private:
    MainWindow *m_window;
};

} // namespace candor
