// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/securebytes.h"
#include "security/sodium.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace mycelium {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before unmapping
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes bytes(std::size_t(source.size()));
    if (!source.isEmpty()) {
        memcpy(bytes.data(), source.constData(), bytes.size());
        sodium_memzero(source.data(), std::size_t(source.size()));
    }
    source.clear();
    return bytes;
}

SecureBytes SecureBytes::copyOf(std::span<const unsigned char> span)
{
    SecureBytes bytes(span.size());
    if (!span.empty())
        memcpy(bytes.data(), span.data(), span.size());
    return bytes;
}

} // namespace mycelium
