#pragma once
// Shared by the training tests that resume a run: every tensor of two model
// bundles, compared.
#include "training/bundlefile.h"
#include "training/modelio.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace anomalens::training::test {

inline void expectSameModelTensors(const std::filesystem::path& a, const std::filesystem::path& b, double tolerance)
{
    const BundleContents left = readBundleFile(a.string(), TensorLoading::Load);
    const BundleContents right = readBundleFile(b.string(), TensorLoading::Load);
    ASSERT_EQ(left.tensors.size(), right.tensors.size());
    for (const StoredTensor& tensor : left.tensors) {
        const StoredTensor* other = right.find(tensor.name);
        ASSERT_TRUE(other) << tensor.name;
        const at::Tensor x = tensorFromStored(tensor).to(at::kDouble);
        const at::Tensor y = tensorFromStored(*other).to(at::kDouble);
        EXPECT_LE((x - y).abs().max().item<double>(), tolerance) << tensor.name;
    }
}

} // namespace anomalens::training::test
