// mojo/collections/dict.hpp -- Mojo's Dict[K, V]: insertion-ordered hash map.
//
// Layout (CPython's compact dict): a dense array of entries in insertion order
// (hash, key, value; a deleted entry keeps its place with hash 0 until the
// next rebuild) and a power-of-two open-addressing index of 64-bit buckets,
// each 32 bits of entry number + 32 high bits of the hash, probed linearly.
// A lookup compares the bucket's hash bits before it touches an entry, so a
// miss rarely reads a key. The index is at most half full (tombstones
// included); when the entry array is full the table is rebuilt, dropping
// deleted entries and doubling only if the live entries need it.
//
// Lifecycle as stdlib/README.md: C++ copy = Mojo copy of every key and value
// (detail::copy_value), move steals, m__del__() runs every key's and value's
// Mojo destructor and empties, the C++ destructor only frees. Host only.
#pragma once

#include "mojo/config.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/collections/optional.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

// An item of a Dict: `for e in d.items(): e.key, e.value`; also what popitem()
// returns. (Mojo's entry also has a `hash` field; not provided.)
template <class K, class V>
struct DictEntry {
    K key;
    V value;

    static DictEntry m__init__(K key, V value) { return DictEntry{std::move(key), std::move(value)}; }
    // Mojo destruction of both fields.
    void m__del__() {
        detail::destroy(key);
        detail::destroy(value);
    }
    static DictEntry m__copyinit__(const DictEntry& o) {
        return DictEntry{detail::copy_value(o.key), detail::copy_value(o.value)};
    }
    DictEntry copy() const { return m__copyinit__(*this); }
    // Mojo's DictEntry.reap_value() / reap_key(): take one field out.
    V reap_value() { return std::move(value); }
    K reap_key() { return std::move(key); }
};

namespace detail {

// DictKeyError[K](): what a missing key raises (the key type's Mojo name).
template <class K>
inline Error dict_key_error() {
    std::string msg = "DictKeyError[" + type_name<K>() + "]()";
    return Error(std::string_view(msg));
}

// The hash stored in an entry is never 0: 0 marks a deleted entry.
MOJO_ALWAYS_INLINE std::uint64_t live_hash(std::uint64_t h) noexcept { return h ? h : 1; }

}  // namespace detail

template <class K, class V>
class Dict {
public:
    using Entry = DictEntry<K, V>;

private:
    // A slot's entry is constructed only while the slot is live (hash != 0).
    struct Slot {
        std::uint64_t hash;
        union {
            Entry e;
        };
        Slot() noexcept {}
        ~Slot() {}
    };

    static constexpr std::uint32_t kTomb = 0xFFFFFFFFu;  // bucket low half of a deleted key
    static constexpr std::size_t kMinIndex = 8;

    Slot* slots_ = nullptr;           // dense, insertion order; [0, used_) constructed or deleted
    std::uint64_t* index_ = nullptr;  // buckets: 0 empty, else (hash>>32)<<32 | (slot+1), or kTomb
    std::size_t mask_ = 0;            // index size - 1 (0 when no index)
    std::size_t cap_ = 0;             // slot capacity = index size / 2
    std::size_t used_ = 0;            // slots handed out (live + deleted)
    std::size_t len_ = 0;             // live entries
    // The slot the last lookup found: the generated `d[k] = d.get(k, 0) + 1`,
    // `if k in d: d[k] += 1` look the same key up twice in a row, and the
    // second lookup then needs neither hashing nor an index probe. Used only
    // when that slot is live and holds an equal key, so a stale hint is
    // harmless; rebuild resets it.
    // Relaxed atomic: const lookups write it, and concurrent readers of one
    // Dict must not race (on x86 and ARM these are plain loads and stores).
    mutable std::atomic<std::size_t> hint_{SIZE_MAX};

    std::size_t hint() const noexcept { return hint_.load(std::memory_order_relaxed); }
    void set_hint(std::size_t i) const noexcept { hint_.store(i, std::memory_order_relaxed); }

public:
    // ---- iteration views ----
    // Iterates live slots in insertion order; Proj picks what a step yields.
    template <bool Const, class Proj>
    class Iter {
        using SlotPtr = std::conditional_t<Const, const Slot*, Slot*>;
        SlotPtr p_, end_;
        void skip() noexcept {
            while (p_ != end_ && p_->hash == 0) ++p_;
        }

    public:
        Iter(SlotPtr p, SlotPtr end) noexcept : p_(p), end_(end) { skip(); }
        decltype(auto) operator*() const noexcept { return Proj::get(p_->e); }
        Iter& operator++() noexcept {
            ++p_;
            skip();
            return *this;
        }
        bool operator!=(const Iter& o) const noexcept { return p_ != o.p_; }
        bool operator==(const Iter& o) const noexcept { return p_ == o.p_; }
    };
    struct ProjKey {
        static const K& get(const Entry& e) noexcept { return e.key; }
    };
    struct ProjValue {
        static V& get(Entry& e) noexcept { return e.value; }
        static const V& get(const Entry& e) noexcept { return e.value; }
    };
    struct ProjEntry {
        static Entry& get(Entry& e) noexcept { return e; }
        static const Entry& get(const Entry& e) noexcept { return e; }
    };
    template <bool Const, class Proj>
    class View {
        using DictPtr = std::conditional_t<Const, const Dict*, Dict*>;
        DictPtr d_;

    public:
        explicit View(DictPtr d) noexcept : d_(d) {}
        template <bool C = Const, std::enable_if_t<C, int> = 0>
        View(const View<false, Proj>& o) noexcept : d_(o.dict()) {}
        DictPtr dict() const noexcept { return d_; }
        const View& m__iter__() const noexcept { return *this; }
        Iter<Const, Proj> begin() const noexcept { return {d_->slots_, d_->slots_ + d_->used_}; }
        Iter<Const, Proj> end() const noexcept { return {d_->slots_ + d_->used_, d_->slots_ + d_->used_}; }
        Int m__len__() const noexcept { return d_->m__len__(); }
    };

    // ---- C++ lifecycle ----
    Dict() noexcept = default;
    Dict(const Dict& o) { copy_from(o); }
    Dict(Dict&& o) noexcept { steal(o); }
    Dict& operator=(const Dict& o) {
        if (this != &o) {
            Dict tmp(o);
            release();
            steal(tmp);
        }
        return *this;
    }
    Dict& operator=(Dict&& o) noexcept {
        if (this != &o) {
            release();
            steal(o);
        }
        return *this;
    }
    ~Dict() { release(); }

    // ---- Mojo constructors ----
    static Dict m__init__() noexcept { return Dict(); }  // Dict[K, V]()
    static Dict with_capacity(Int capacity) {            // Dict[K, V](capacity=n)
        Dict d;
        if (capacity.value > 0) d.rebuild(index_size_for(std::size_t(capacity.value)));
        return d;
    }
    // {k: v, ...}: __init__(out self, var keys: List[K], var values: List[V],
    // __dict_literal__: NoneType). The marker argument is ignored.
    template <class... Marker>
    static Dict from_literal(List<K> keys, List<V> values, const Marker&...) {
        Dict d = with_capacity(keys.m__len__());
        std::int64_t n = keys.size() < values.size() ? keys.size() : values.size();
        for (std::int64_t i = 0; i < n; ++i) d.m__setitem__(std::move(keys[i]), std::move(values[i]));
        return d;
    }
    static Dict from_copy(const Dict& copy) { return Dict(copy); }  // Dict(copy=other)
    Dict copy() const { return Dict(*this); }                       // .copy()
    // Dict[K, V].fromkeys(keys, value)
    static Dict fromkeys(const List<K>& keys, const V& value) {
        Dict d;
        for (const K& k : keys) d.m__setitem__(detail::copy_value(k), detail::copy_value(value));
        return d;
    }

    // Mojo's destruction: every key's and value's __del__, then empty.
    void m__del__() {
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                detail::destroy(slots_[i].e.key);
                detail::destroy(slots_[i].e.value);
            }
        release();
    }

    // ---- size ----
    Int m__len__() const noexcept { return Int(std::int64_t(len_)); }
    bool m__bool__() const noexcept { return len_ != 0; }
    explicit operator bool() const noexcept { return len_ != 0; }
    std::int64_t size() const noexcept { return std::int64_t(len_); }

    // ---- lookup ----
    bool m__contains__(const K& key) const { return find_slot(key) >= 0; }

    // d[key]: raises DictKeyError[K] when absent. Returns a copy (a raising
    // method cannot return a reference); for `d[k] += 1` and other in-place
    // updates use getitem_ptr.
    Raises<V> m__getitem__(const K& key) const {
        std::int64_t i = find_slot(key);
        if (__builtin_expect(i < 0, 0)) return detail::dict_key_error<K>();
        return detail::copy_value(slots_[i].e.value);
    }
    // &d[key] or DictKeyError[K]: `*MOJO_TRY(d.getitem_ptr(k)) += 1`.
    Raises<V*> getitem_ptr(const K& key) {
        std::int64_t i = find_slot(key);
        if (__builtin_expect(i < 0, 0)) return detail::dict_key_error<K>();
        return &slots_[i].e.value;
    }
    // The value for key, or nullptr (no error object built).
    V* find_ptr(const K& key) noexcept(noexcept(detail::hash_of(key))) {
        std::int64_t i = find_slot(key);
        return i < 0 ? nullptr : &slots_[i].e.value;
    }
    const V* find_ptr(const K& key) const {
        std::int64_t i = find_slot(key);
        return i < 0 ? nullptr : &slots_[i].e.value;
    }
    // find(key) / get(key): a copy of the value, or an empty Optional.
    Optional<V> find(const K& key) const {
        const V* p = find_ptr(key);
        if (!p) return Optional<V>();
        return Optional<V>(detail::copy_value(*p));
    }
    Optional<V> get(const K& key) const { return find(key); }
    // get(key, default)
    V get(const K& key, V default_value) const {
        const V* p = find_ptr(key);
        if (!p) return default_value;
        return detail::copy_value(*p);
    }

    // ---- insertion ----
    // d[key] = value. An existing key keeps its place; as in Mojo its old key
    // and value are Mojo-destroyed and the new ones moved in (a key type with
    // no Mojo __del__ keeps the old, equal key: no difference is visible).
    void m__setitem__(K key, V value) {
        std::int64_t i = hinted(key);
        std::uint64_t h = 0;
        std::size_t b = 0;
        if (i < 0) {
            h = detail::live_hash(detail::hash_of(key));
            i = probe(key, h, b);
        }
        if (i >= 0) {  // as Mojo: the old entry is destroyed, the new one moved in
            Entry& e = slots_[i].e;
            if constexpr (requires { key.m__del__(); }) {
                detail::destroy(e.key);
                e.key = std::move(key);
            }  // else the keys are equal and indistinguishable: keep the old one
            detail::destroy(e.value);
            e.value = std::move(value);
            return;
        }
        insert_new(h, b, std::move(key), std::move(value));
    }
    // setdefault(key, default): a reference to key's value, inserting
    // (key, default) first when absent.
    V& setdefault(K key, V default_value) {
        std::int64_t i = hinted(key);
        std::uint64_t h = 0;
        std::size_t b = 0;
        if (i < 0) {
            h = detail::live_hash(detail::hash_of(key));
            i = probe(key, h, b);
        }
        if (i >= 0) {
            detail::destroy(key);
            detail::destroy(default_value);
            return slots_[i].e.value;
        }
        return insert_new(h, b, std::move(key), std::move(default_value)).value;
    }
    // update(other): other's items, in its order, assigned into self.
    void update(const Dict& other) {
        if (&other == this) return;
        for (std::size_t i = 0; i < other.used_; ++i)
            if (other.slots_[i].hash)
                m__setitem__(detail::copy_value(other.slots_[i].e.key), detail::copy_value(other.slots_[i].e.value));
    }
    Dict m__or__(const Dict& other) const {
        Dict r(*this);
        r.update(other);
        return r;
    }
    void m__ior__(const Dict& other) { update(other); }

    // ---- removal ----
    // pop(key): the value, or DictKeyError[K]. The stored key is Mojo-destroyed.
    Raises<V> pop(const K& key) {
        std::int64_t i = find_slot(key);
        if (i < 0) return detail::dict_key_error<K>();
        return take_slot_value(std::size_t(i));
    }
    V pop(const K& key, V default_value) {
        std::int64_t i = find_slot(key);
        if (i < 0) return default_value;
        return take_slot_value(std::size_t(i));
    }
    // popitem(): the last inserted entry, or EmptyDictError.
    Raises<Entry> popitem() {
        for (std::size_t i = used_; i-- > 0;)
            if (slots_[i].hash) {
                Entry e = take_slot(i);
                return e;
            }
        return Error("EmptyDictError()");
    }
    // clear(): every key's and value's __del__; the table memory is kept.
    void clear() {
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                detail::destroy(slots_[i].e.key);
                detail::destroy(slots_[i].e.value);
                slots_[i].e.~Entry();
            }
        used_ = len_ = 0;
        if (index_) std::memset(index_, 0, (mask_ + 1) * sizeof(std::uint64_t));
    }

    // ---- iteration (insertion order) ----
    // `for k in d` / keys(): keys; values(): values (mutable through a mutable
    // Dict); items(): entries with .key and .value.
    Iter<true, ProjKey> begin() const noexcept { return {slots_, slots_ + used_}; }
    Iter<true, ProjKey> end() const noexcept { return {slots_ + used_, slots_ + used_}; }
    View<true, ProjKey> m__iter__() const noexcept { return View<true, ProjKey>(this); }
    View<true, ProjKey> keys() const noexcept { return View<true, ProjKey>(this); }
    View<false, ProjValue> values() noexcept { return View<false, ProjValue>(this); }
    View<true, ProjValue> values() const noexcept { return View<true, ProjValue>(this); }
    View<false, ProjEntry> items() noexcept { return View<false, ProjEntry>(this); }
    View<true, ProjEntry> items() const noexcept { return View<true, ProjEntry>(this); }

    // ---- comparison ----
    bool m__eq__(const Dict& o) const {
        if (len_ != o.len_) return false;
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                const V* p = o.find_ptr(slots_[i].e.key);
                if (!p || !detail::equal(slots_[i].e.value, *p)) return false;
            }
        return true;
    }
    bool m__ne__(const Dict& o) const { return !m__eq__(o); }

    // Hashable when K and V are: order-independent, as Mojo's.
    template <class H>
    void m__hash__(H& hasher) const {
        std::uint64_t combined = 0;
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                Hasher eh;
                eh.update(slots_[i].e.key);
                eh.update(slots_[i].e.value);
                std::uint64_t h = eh.finish().value;
                h = ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
                combined ^= h;
            }
        hasher.update(UInt64(combined));
    }

    // ---- printing: {a: 1, b: 2}; repr Dict[String, SIMD[DType.int, 1]]({'a': Int(1)}) ----
    template <class W>
    void write_to(W& w) const {
        w.write_bytes("{", 1);
        write_entries(w, false);
        w.write_bytes("}", 1);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, "Dict[" + detail::type_name<K>() + ", " + detail::type_name<V>() + "]({");
        write_entries(w, true);
        w.write_bytes("})", 2);
    }
    // `k: v, k: v` in insertion order, as print (or repr) writes them
    template <class W>
    void write_entries(W& w, bool repr) const {
        bool first = true;
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                if (!first) w.write_bytes(", ", 2);
                first = false;
                if (repr) detail::write_repr_value(w, slots_[i].e.key);
                else detail::write_value(w, slots_[i].e.key);
                w.write_bytes(": ", 2);
                if (repr) detail::write_repr_value(w, slots_[i].e.value);
                else detail::write_value(w, slots_[i].e.value);
            }
    }
    // As a type parameter Mojo spells out the default hasher too.
    static std::string mojo_type_name() {
        return "Dict[" + detail::type_name<K>() + ", " + detail::type_name<V>() +
               ", std.hash._ahash.AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]]";
    }

private:
    template <class, class>
    friend class Dict;

    static std::size_t index_size_for(std::size_t n) noexcept {
        std::size_t s = kMinIndex;
        while (s / 2 < n) s *= 2;
        return s;
    }

    // The hinted slot if it holds key (equal keys need no hashing), else -1.
    MOJO_ALWAYS_INLINE std::int64_t hinted(const K& key) const {
        std::size_t hi = hint();
        if (hi < used_ && slots_[hi].hash != 0 && detail::equal(slots_[hi].e.key, key)) return std::int64_t(hi);
        return -1;
    }

    // Slot number of key, or -1.
    std::int64_t find_slot(const K& key) const {
        if (len_ == 0) return -1;
        if (std::int64_t i = hinted(key); i >= 0) return i;
        return find_slot_hashed(key, detail::live_hash(detail::hash_of(key)));
    }
    std::int64_t find_slot_hashed(const K& key, std::uint64_t h) const {
        std::uint64_t tag = h >> 32;
        std::size_t b = std::size_t(h) & mask_;
        while (true) {
            std::uint64_t v = index_[b];
            if (v == 0) return -1;
            std::uint32_t lo = std::uint32_t(v);
            if ((v >> 32) == tag && lo != kTomb) {
                const Slot& s = slots_[lo - 1];
                if (s.hash == h && detail::equal(s.e.key, key)) {
                    set_hint(lo - 1);
                    return std::int64_t(lo - 1);
                }
            }
            b = (b + 1) & mask_;
        }
    }

    // Slot number of key (>= 0), or -1 with `at` = the bucket a new key goes
    // to (the first tombstone on the way, else the empty bucket). Makes room
    // first, so that the insertion that follows cannot trigger a rebuild.
    std::int64_t probe(const K& key, std::uint64_t h, std::size_t& at) {
        if (used_ == cap_) {
            if (len_ != 0) {
                std::int64_t i = find_slot_hashed(key, h);
                if (i >= 0) return i;
            }
            // grow (doubling) unless deleted entries free enough room
            std::size_t need = len_ + 1;
            if (len_ >= cap_ / 2 && 2 * len_ > need) need = 2 * len_;
            rebuild(index_size_for(need));
        }
        std::uint64_t tag = h >> 32;
        std::size_t b = std::size_t(h) & mask_;
        std::size_t tomb = SIZE_MAX;
        while (true) {
            std::uint64_t v = index_[b];
            if (v == 0) break;
            std::uint32_t lo = std::uint32_t(v);
            if (lo == kTomb) {
                if (tomb == SIZE_MAX) tomb = b;
            } else if ((v >> 32) == tag) {
                const Slot& s = slots_[lo - 1];
                if (s.hash == h && detail::equal(s.e.key, key)) return std::int64_t(lo - 1);
            }
            b = (b + 1) & mask_;
        }
        at = tomb != SIZE_MAX ? tomb : b;
        return -1;
    }

    Entry& insert_new(std::uint64_t h, std::size_t bucket, K key, V value) {
        Slot* s = ::new (static_cast<void*>(slots_ + used_)) Slot();
        s->hash = h;
        ::new (static_cast<void*>(&s->e)) Entry{std::move(key), std::move(value)};
        index_[bucket] = ((h >> 32) << 32) | std::uint64_t(used_ + 1);
        set_hint(used_);
        ++used_;
        ++len_;
        return s->e;
    }

    // Removes slot i from the table and hands its entry out (C++ ownership).
    Entry take_slot(std::size_t i) {
        Slot& s = slots_[i];
        kill_bucket(s.hash, i);
        Entry out{std::move(s.e.key), std::move(s.e.value)};
        s.e.~Entry();
        s.hash = 0;
        --len_;
        return out;
    }
    // Removes slot i: its key is Mojo-destroyed, its value handed out.
    V take_slot_value(std::size_t i) {
        Entry e = take_slot(i);
        detail::destroy(e.key);
        return std::move(e.value);
    }
    void kill_bucket(std::uint64_t h, std::size_t slot) noexcept {
        std::uint64_t want = ((h >> 32) << 32) | std::uint64_t(slot + 1);
        std::size_t b = std::size_t(h) & mask_;
        while (index_[b] != want) b = (b + 1) & mask_;
        index_[b] = ((h >> 32) << 32) | kTomb;
    }

    // New index of `size` buckets; live entries compacted to the front.
    void rebuild(std::size_t size) {
        std::size_t new_cap = size / 2;
        Slot* fresh = detail::alloc_uninit<Slot>(new_cap);
        std::size_t n = 0;
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) {
                Slot* s = ::new (static_cast<void*>(fresh + n)) Slot();
                s->hash = slots_[i].hash;
                ::new (static_cast<void*>(&s->e)) Entry(std::move(slots_[i].e));
                slots_[i].e.~Entry();
                ++n;
            }
        detail::free_uninit(slots_);
        detail::free_uninit(index_);
        slots_ = fresh;
        cap_ = new_cap;
        used_ = len_ = n;
        set_hint(SIZE_MAX);
        mask_ = size - 1;
        index_ = detail::alloc_uninit<std::uint64_t>(size);
        std::memset(index_, 0, size * sizeof(std::uint64_t));
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t h = slots_[i].hash;
            std::size_t b = std::size_t(h) & mask_;
            while (index_[b] != 0) b = (b + 1) & mask_;
            index_[b] = ((h >> 32) << 32) | std::uint64_t(i + 1);
        }
    }

    void copy_from(const Dict& o) {
        if (o.len_ == 0) return;
        rebuild(index_size_for(o.len_));
        for (std::size_t i = 0; i < o.used_; ++i)
            if (o.slots_[i].hash) {
                std::uint64_t h = o.slots_[i].hash;
                std::size_t b = std::size_t(h) & mask_;
                while (index_[b] != 0) b = (b + 1) & mask_;
                insert_new(h, b, detail::copy_value(o.slots_[i].e.key), detail::copy_value(o.slots_[i].e.value));
            }
    }
    void steal(Dict& o) noexcept {
        slots_ = o.slots_;
        index_ = o.index_;
        mask_ = o.mask_;
        cap_ = o.cap_;
        used_ = o.used_;
        len_ = o.len_;
        o.slots_ = nullptr;
        o.index_ = nullptr;
        o.mask_ = o.cap_ = o.used_ = o.len_ = 0;
        set_hint(o.hint());
        o.set_hint(SIZE_MAX);
    }
    void release() noexcept {
        for (std::size_t i = 0; i < used_; ++i)
            if (slots_[i].hash) slots_[i].e.~Entry();
        detail::free_uninit(slots_);
        detail::free_uninit(index_);
        slots_ = nullptr;
        index_ = nullptr;
        mask_ = cap_ = used_ = len_ = 0;
    }
};

// The views keys() / values() / items() return on a mutable Dict, by name
// (the Mojo declarations bind _DictKeyIter / _DictValueIter / _DictEntryIter
// to these). A range-for over one visits the live entries in insertion order.
template <class K, class V>
using DictKeysView = typename Dict<K, V>::template View<true, typename Dict<K, V>::ProjKey>;
template <class K, class V>
using DictValuesView = typename Dict<K, V>::template View<false, typename Dict<K, V>::ProjValue>;
template <class K, class V>
using DictItemsView = typename Dict<K, V>::template View<false, typename Dict<K, V>::ProjEntry>;

template <class K, class V>
inline Int len(const Dict<K, V>& d) noexcept {
    return d.m__len__();
}

}  // namespace mojo
