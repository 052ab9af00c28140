#pragma once
// The model bundle's container (internal to core/training; torch-free). One
// file, written and read here only, laid out as (all integers little-endian):
//
//   16 bytes  magic "ANOMALENS-MODEL\n"
//   u32       format version (kBundleFormatVersion)
//   u64       metadata length N, then N bytes of UTF-8 JSON
//   u32       tensor count T, then T times:
//               u32 name length, name (UTF-8)
//               u8  dtype (1 float32, 2 int64, 3 uint8)
//               u32 rank, rank x i64 dimensions
//               the elements, row-major, little-endian (count x element size)
//   64 bytes  SHA-256 of every byte before it, as lowercase hex
//
// Why not torch::save: its pickle/zip layout belongs to LibTorch and changes
// with it; this layout is ours, fixed per format version, and readable by any
// LibTorch (or none: `head -c -64 f | sha256sum` checks the digest). Writes
// go to a temporary file renamed over the target, so a crash or a cancel
// never leaves half a bundle under the final name.
#include "training/bundle.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace anomalens::training {

enum class TensorDType : std::uint8_t { Float32 = 1, Int64 = 2, UInt8 = 3 };

std::size_t elementSize(TensorDType dtype);

struct StoredTensor {
    std::string name;
    TensorDType dtype = TensorDType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<std::uint8_t> data; // elementCount() * elementSize(dtype) bytes, little-endian

    std::int64_t elementCount() const;
};

struct BundleContents {
    std::uint32_t formatVersion = 0;
    nlohmann::json metadata;
    std::vector<StoredTensor> tensors; // empty when read with TensorLoading::Skip

    // nullptr when there is no tensor of that name.
    const StoredTensor* find(const std::string& name) const;
};

// Throws BundleError (Io) when the file cannot be written, std::invalid_argument
// when a tensor's data does not match its shape.
void writeBundleFile(const std::string& path, const nlohmann::json& metadata,
                     const std::vector<StoredTensor>& tensors);

enum class TensorLoading { Skip, Load };

// Reads and verifies a bundle: magic, version, structure, then the checksum,
// all before the metadata is parsed, so a corrupted file is reported as such
// and never half-interpreted. With TensorLoading::Skip the tensor data is
// hashed but not kept (cheap on memory). Throws BundleError.
BundleContents readBundleFile(const std::string& path, TensorLoading loading);

} // namespace anomalens::training
