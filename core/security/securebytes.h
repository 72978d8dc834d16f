// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <span>

namespace mycelium {

// A fixed-size secret in libsodium's guarded, locked memory: never swapped
// out, surrounded by guard pages, and wiped when released. Move-only.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    static SecureBytes random(std::size_t size);
    // Copies the bytes, then wipes the source so no copy lingers in the heap.
    static SecureBytes takeFrom(QByteArray &source);
    static SecureBytes copyOf(std::span<const unsigned char> bytes);

    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::span<const unsigned char> span() const { return {m_data, m_size}; }
    // Wipes and releases the memory.
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace mycelium
