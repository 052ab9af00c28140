// DecodeAhead: the frames of sequential decoding, in order, through a small
// queue; errors surface in pop(); stopping early joins the thread.
#include "testsupport.h"

#include "../training/trainingtestutil.h"
#include "analysis/decodeahead.h"

#include <gtest/gtest.h>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;

TEST(DecodeAhead, DeliversTheSequentialFramesInOrder)
{
    TempDir dir;
    training::test::writeNumberedClip(dir / "clip", 25, 10, 5);
    for (const std::size_t capacity : {std::size_t{1}, std::size_t{4}, std::size_t{100}}) {
        DecodeAhead ahead(media::VideoSource((dir / "clip").string()), capacity);
        media::Frame frame;
        int count = 0;
        while (ahead.pop(frame)) {
            EXPECT_EQ(frame.frameIndex, count);
            EXPECT_EQ(frame.data.at(0), 10 + 5 * count); // the picture of that frame
            ++count;
        }
        EXPECT_EQ(count, 25);
        EXPECT_FALSE(ahead.pop(frame)); // stays at the end
        EXPECT_GT(ahead.decodeSeconds(), 0.0);
        EXPECT_TRUE(ahead.decodeGaps().empty());
    }
}

TEST(DecodeAhead, StopsCleanlyWhenTheConsumerLeavesEarly)
{
    TempDir dir;
    training::test::writeNumberedClip(dir / "clip", 30, 0, 1);
    for (int i = 0; i < 5; ++i) {
        DecodeAhead ahead(media::VideoSource((dir / "clip").string()), 2);
        media::Frame frame;
        ASSERT_TRUE(ahead.pop(frame));
    } // destroyed while the decoder waits on a full queue
    EXPECT_THROW(DecodeAhead(media::VideoSource((dir / "clip").string()), 0), std::invalid_argument);
}

} // namespace
} // namespace anomalens::analysis
