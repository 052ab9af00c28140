#include "mediatestutil.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <cmath>
#include <cstdio>
#include <limits>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>

namespace anomalens::test {

namespace {

std::string quoted(const std::filesystem::path& path)
{
    return "'" + path.string() + "'";
}

} // namespace

std::string captureCommand(const std::string& command)
{
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        return {};
    std::string output;
    char buffer[4096];
    size_t read = 0;
    while ((read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0)
        output.append(buffer, read);
    return output;
}

std::vector<std::vector<uint8_t>> readRawFrames(const std::string& command, size_t frameBytes)
{
    const std::filesystem::path raw =
        std::filesystem::temp_directory_path()
        / ("anomalens-raw-" + std::to_string(std::random_device{}()) + ".raw");
    std::vector<std::vector<uint8_t>> frames;
    if (runCommand(command + " " + quoted(raw)) == 0) {
        std::ifstream in(raw, std::ios::binary);
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
        for (size_t offset = 0; offset + frameBytes <= bytes.size(); offset += frameBytes)
            frames.emplace_back(bytes.begin() + static_cast<std::ptrdiff_t>(offset),
                                bytes.begin() + static_cast<std::ptrdiff_t>(offset + frameBytes));
    }
    std::error_code ignored;
    std::filesystem::remove(raw, ignored);
    return frames;
}

int64_t ffprobeFrameCount(const std::filesystem::path& path)
{
    const std::string output =
        captureCommand("ffprobe -v quiet -select_streams v:0 -count_frames -show_entries "
                       "stream=nb_read_frames -of csv=p=0 "
                       + quoted(path));
    try {
        return std::stoll(output);
    } catch (const std::exception&) {
        return -1;
    }
}

int64_t ffprobeStartTimeUs(const std::filesystem::path& path)
{
    const std::string output = captureCommand(
        "ffprobe -v quiet -select_streams v:0 -show_entries stream=start_time -of csv=p=0 "
        + quoted(path));
    try {
        return std::llround(std::stod(output) * 1e6);
    } catch (const std::exception&) {
        return std::numeric_limits<int64_t>::min();
    }
}

std::vector<PacketLocation> ffprobePackets(const std::filesystem::path& path)
{
    std::istringstream lines(captureCommand(
        "ffprobe -v quiet -select_streams v:0 -show_entries packet=pos,size -of csv=p=0 "
        + quoted(path)));
    std::vector<PacketLocation> packets;
    std::string line;
    while (std::getline(lines, line)) {
        // csv order follows ffprobe's field order: size,pos
        const size_t comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        PacketLocation packet;
        packet.size = std::stoll(line.substr(0, comma));
        packet.position = std::stoll(line.substr(comma + 1));
        packets.push_back(packet);
    }
    return packets;
}

std::vector<std::vector<uint8_t>> ffmpegGrayFrames(const std::filesystem::path& path, int width,
                                                   int height)
{
    return readRawFrames("ffmpeg -hide_banner -loglevel quiet -y -i " + quoted(path)
                             + " -map 0:v:0 -fps_mode passthrough -f rawvideo -pix_fmt gray",
                         static_cast<size_t>(width) * static_cast<size_t>(height));
}

std::vector<std::vector<uint8_t>> testPatternRgb(int frames, int width, int height, int fps)
{
    std::ostringstream command;
    command << "ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=" << width << "x"
            << height << ":rate=" << fps << " -frames:v " << frames
            << " -f rawvideo -pix_fmt rgb24";
    return readRawFrames(command.str(), static_cast<size_t>(width) * height * 3);
}

bool remuxWithDisplayMatrix(const std::filesystem::path& input,
                            const std::filesystem::path& output, const int32_t matrix[9])
{
    AVFormatContext* in = nullptr;
    if (avformat_open_input(&in, input.c_str(), nullptr, nullptr) < 0)
        return false;
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> inGuard(
        in, [](AVFormatContext* c) { avformat_close_input(&c); });
    AVFormatContext* out = nullptr;
    if (avformat_find_stream_info(in, nullptr) < 0
        || avformat_alloc_output_context2(&out, nullptr, "mp4", output.c_str()) < 0)
        return false;
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> outGuard(
        out, [](AVFormatContext* c) {
            if (c->pb)
                avio_closep(&c->pb);
            avformat_free_context(c);
        });
    const int video = av_find_best_stream(in, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    AVStream* stream = video >= 0 ? avformat_new_stream(out, nullptr) : nullptr;
    if (!stream || avcodec_parameters_copy(stream->codecpar, in->streams[video]->codecpar) < 0)
        return false;
    stream->codecpar->codec_tag = 0;
    stream->time_base = in->streams[video]->time_base;
    uint8_t* sideData =
        av_stream_new_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, 9 * sizeof(int32_t));
    if (!sideData)
        return false;
    std::memcpy(sideData, matrix, 9 * sizeof(int32_t));
    if (avio_open(&out->pb, output.c_str(), AVIO_FLAG_WRITE) < 0
        || avformat_write_header(out, nullptr) < 0)
        return false;
    AVPacket* packet = av_packet_alloc();
    while (av_read_frame(in, packet) >= 0) {
        if (packet->stream_index == video) {
            av_packet_rescale_ts(packet, in->streams[video]->time_base, stream->time_base);
            packet->stream_index = 0;
            av_interleaved_write_frame(out, packet);
        }
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    return av_write_trailer(out) == 0;
}

void truncateFile(const std::filesystem::path& path, double keptFraction)
{
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(
        path, static_cast<uintmax_t>(static_cast<double>(size) * keptFraction));
}

void overwriteWithGarbage(const std::filesystem::path& path, int64_t offset, int64_t bytes,
                          unsigned seed)
{
    std::mt19937 random(seed);
    std::string garbage(static_cast<size_t>(bytes), '\0');
    for (char& c : garbage)
        c = static_cast<char>(random() & 0xff);
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    if (!file)
        throw std::runtime_error("cannot damage " + path.string());
}

void overwriteWithZeros(const std::filesystem::path& path, int64_t offset, int64_t bytes)
{
    const std::string zeros(static_cast<size_t>(bytes), '\0');
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    if (!file)
        throw std::runtime_error("cannot damage " + path.string());
}

void writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::vector<media::Frame> readAll(media::VideoSource& source)
{
    std::vector<media::Frame> frames;
    media::Frame frame;
    while (source.next(frame))
        frames.push_back(frame);
    return frames;
}

int64_t gapFrameCount(const media::VideoSource& source)
{
    int64_t count = 0;
    for (const media::DecodeGap& gap : source.decodeGaps())
        count += gap.lastFrame - gap.firstFrame + 1;
    return count;
}

double meanAbsDifference(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b)
{
    if (a.size() != b.size() || a.empty())
        return 255.0;
    double sum = 0.0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += std::abs(static_cast<int>(a[i]) - static_cast<int>(b[i]));
    return sum / static_cast<double>(a.size());
}

std::filesystem::path makeTestClip(const TempDir& dir, const std::string& name, int frames,
                                   const std::string& encoderArgs, int width, int height, int fps)
{
    const std::filesystem::path path = dir / name;
    if (!makeClip(path, frames, width, height, fps, encoderArgs))
        return {};
    return path;
}

} // namespace anomalens::test
