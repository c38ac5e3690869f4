// An allocator for the engine's large arrays, read at random in every trial:
// on Linux, an array of kLargeArray bytes or more is placed on 2 MiB pages
// (transparent huge pages, asked for with madvise). A trial of a
// 100,000-node model reads lines scattered over some 15 MB; with 4 KiB pages
// most of those reads also missed the processor's table of pages, and the
// trials took 10-15 % longer. Smaller arrays, and other systems, get plain
// memory. Internal to core/simulation.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace wl::sim::detail {

inline constexpr std::size_t kLargePage = std::size_t(2) << 20;
inline constexpr std::size_t kLargeArray = std::size_t(1) << 20;

template<typename T> struct LargePageAllocator {
    using value_type = T;

    LargePageAllocator() = default;
    template<typename U> LargePageAllocator(const LargePageAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
#if defined(__linux__)
        if (bytes >= kLargeArray) {
            const std::size_t rounded = (bytes + kLargePage - 1) / kLargePage * kLargePage;
            void *p = std::aligned_alloc(kLargePage, rounded);
            if (!p)
                throw std::bad_alloc();
            // Advice only: without transparent huge pages the memory is
            // plain pages, which is just slower.
            madvise(p, rounded, MADV_HUGEPAGE);
            return static_cast<T *>(p);
        }
#endif
        return static_cast<T *>(::operator new(bytes));
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
#if defined(__linux__)
        if (n * sizeof(T) >= kLargeArray) {
            std::free(p);
            return;
        }
#endif
        ::operator delete(p, n * sizeof(T));
    }

    template<typename U> bool operator==(const LargePageAllocator<U> &) const noexcept
    {
        return true;
    }
};

template<typename T> using LargeVector = std::vector<T, LargePageAllocator<T>>;

} // namespace wl::sim::detail
