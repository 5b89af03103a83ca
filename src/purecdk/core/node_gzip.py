"""gzip byte for byte as Node.js's ``zlib.gzipSync`` writes it.

aws-cdk-lib compresses the ``CDKMetadata`` analytics with Node.js, whose zlib is Chromium's fork of zlib 1.3.1.
That fork hashes four bytes per string with a multiplicative hash instead of zlib's three-byte rolling hash, so
its matches -- and therefore its output -- differ from CPython's ``zlib`` for the same level. This module is a
plain-Python deflate with that fork's choices: level 6 (``good 8, lazy 16, nice 128, chain 128``), lazy matching,
a 32 KiB window, 15 hash bits, 16 Ki symbols per block and zlib's Huffman tree construction. Only compression
is implemented; :func:`gzip.decompress` reads the result.
"""

from __future__ import annotations

import zlib

_WSIZE = 1 << 15
_WMASK = _WSIZE - 1
_WINDOW_SIZE = 2 * _WSIZE
_WINDOW_PADDING = 8
_MIN_MATCH = 3
_MAX_MATCH = 258
_MIN_LOOKAHEAD = _MAX_MATCH + _MIN_MATCH + 1
_MAX_DIST = _WSIZE - _MIN_LOOKAHEAD
_WIN_INIT = _MAX_MATCH
_HASH_MASK = (1 << 15) - 1
_SYMBOLS_PER_BLOCK = (1 << 14) - 1
_GOOD_MATCH, _MAX_LAZY, _NICE_MATCH, _MAX_CHAIN = 8, 16, 128, 128
_TOO_FAR = 4096

_LITERALS = 256
_END_BLOCK = 256
_L_CODES = _LITERALS + 1 + 29
_D_CODES = 30
_BL_CODES = 19
_HEAP_SIZE = 2 * _L_CODES + 1
_MAX_BITS = 15
_MAX_BL_BITS = 7
_REP_3_6, _REPZ_3_10, _REPZ_11_138 = 16, 17, 18

_EXTRA_LBITS = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_EXTRA_DBITS = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
_EXTRA_BLBITS = (0,) * 16 + (2, 3, 7)
_BL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


def _bi_reverse(code: int, length: int) -> int:
    result = 0
    for _ in range(length):
        result = (result << 1) | (code & 1)
        code >>= 1
    return result


def _gen_codes(lengths: list[int], max_code: int, bl_count: list[int]) -> list[int]:
    """Canonical Huffman codes (bit-reversed, as deflate sends them) for the given code lengths."""
    next_code = [0] * (_MAX_BITS + 1)
    code = 0
    for bits in range(1, _MAX_BITS + 1):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    codes = [0] * len(lengths)
    for n in range(max_code + 1):
        length = lengths[n]
        if length:
            codes[n] = _bi_reverse(next_code[length], length)
            next_code[length] += 1
    return codes


def _static_tables() -> tuple[list[int], list[int], list[int], list[int], list[int], list[int], list[int]]:
    length_code = [0] * 256
    base_length = [0] * 29
    length = 0
    for code in range(28):
        base_length[code] = length
        for _ in range(1 << _EXTRA_LBITS[code]):
            length_code[length] = code
            length += 1
    length_code[255] = 28  # match length 258 has its own code (285) rather than 284 with five extra bits
    dist_code = [0] * 512
    base_dist = [0] * _D_CODES
    dist = 0
    for code in range(16):
        base_dist[code] = dist
        for _ in range(1 << _EXTRA_DBITS[code]):
            dist_code[dist] = code
            dist += 1
    dist >>= 7
    for code in range(16, _D_CODES):
        base_dist[code] = dist << 7
        for _ in range(1 << (_EXTRA_DBITS[code] - 7)):
            dist_code[256 + dist] = code
            dist += 1
    static_llen = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    bl_count = [0] * (_MAX_BITS + 1)
    for value in static_llen:
        bl_count[value] += 1
    static_lcode = _gen_codes(static_llen, _L_CODES + 1, bl_count)
    static_dcode = [_bi_reverse(n, 5) for n in range(_D_CODES)]
    return length_code, base_length, dist_code, base_dist, static_llen, static_lcode, static_dcode


_LENGTH_CODE, _BASE_LENGTH, _DIST_CODE, _BASE_DIST, _STATIC_LLEN, _STATIC_LCODE, _STATIC_DCODE = _static_tables()
_STATIC_DLEN = [5] * _D_CODES


def _d_code(dist: int) -> int:
    return _DIST_CODE[dist] if dist < 256 else _DIST_CODE[256 + (dist >> 7)]


class _Tree:
    """One dynamic Huffman tree under construction (zlib's ``tree_desc`` with its ``ct_data`` array)."""

    def __init__(
        self, elems: int, extra: tuple[int, ...], base: int, max_length: int, static_len: list[int] | None
    ) -> None:
        self.elems = elems
        self.extra = extra
        self.base = base
        self.max_length = max_length
        self.static_len = static_len
        size = 2 * elems + 1
        self.freq = [0] * size
        self.length = [0] * size
        self.dad = [0] * size
        self.code = [0] * size
        self.max_code = 0


class _Deflater:
    """The state of one deflate stream (zlib's ``deflate_state``), compressing one buffer with Z_FINISH."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.next_in = 0
        self.window = bytearray(2 * (_WSIZE + _WINDOW_PADDING))
        self.prev = [0] * _WSIZE
        self.head = [0] * (_HASH_MASK + 1)
        self.high_water = 0
        self.strstart = 0
        self.block_start = 0
        self.lookahead = 0
        self.insert = 0
        self.match_length = self.prev_length = _MIN_MATCH - 1
        self.match_available = False
        self.match_start = 0
        self.prev_match = 0
        self.out = bytearray()
        self.bi_buf = 0
        self.bi_valid = 0
        self.ltree = _Tree(_L_CODES, _EXTRA_LBITS, _LITERALS + 1, _MAX_BITS, _STATIC_LLEN)
        self.dtree = _Tree(_D_CODES, _EXTRA_DBITS, 0, _MAX_BITS, _STATIC_DLEN)
        self.bltree = _Tree(_BL_CODES, _EXTRA_BLBITS, 0, _MAX_BL_BITS, None)
        self.heap = [0] * (2 * _L_CODES + 1)
        self.heap_len = 0
        self.heap_max = 0
        self.depth = [0] * (2 * _L_CODES + 1)
        self.bl_count = [0] * (_MAX_BITS + 1)
        self.opt_len = 0
        self.static_len = 0
        self.symbols: list[tuple[int, int]] = []
        self._init_block()

    # --- bit output ------------------------------------------------------------------------------------

    def _send_bits(self, value: int, length: int) -> None:
        self.bi_buf |= value << self.bi_valid
        self.bi_valid += length
        while self.bi_valid >= 8:
            self.out.append(self.bi_buf & 0xFF)
            self.bi_buf >>= 8
            self.bi_valid -= 8

    def _bi_windup(self) -> None:
        if self.bi_valid > 0:
            self.out.append(self.bi_buf & 0xFF)
        self.bi_buf = 0
        self.bi_valid = 0

    # --- input window ----------------------------------------------------------------------------------

    def _fill_window(self) -> None:
        window = self.window
        while True:
            more = _WINDOW_SIZE - self.lookahead - self.strstart
            if self.strstart >= _WSIZE + _MAX_DIST:
                window[0 : _WSIZE - more] = window[_WSIZE : 2 * _WSIZE - more]
                self.match_start -= _WSIZE
                self.strstart -= _WSIZE
                self.block_start -= _WSIZE
                if self.insert > self.strstart:
                    self.insert = self.strstart
                self.head = [m - _WSIZE if m >= _WSIZE else 0 for m in self.head]
                self.prev = [m - _WSIZE if m >= _WSIZE else 0 for m in self.prev]
                more += _WSIZE
            available = len(self.data) - self.next_in
            if available == 0:
                break
            count = min(available, more)
            start = self.strstart + self.lookahead
            window[start : start + count] = self.data[self.next_in : self.next_in + count]
            self.next_in += count
            self.lookahead += count
            if self.lookahead + self.insert > _MIN_MATCH:
                position = self.strstart - self.insert
                while self.insert:
                    self._insert_string(position)
                    position += 1
                    self.insert -= 1
                    if self.lookahead + self.insert <= _MIN_MATCH:
                        break
            if not (self.lookahead < _MIN_LOOKAHEAD and self.next_in < len(self.data)):
                break
        if self.high_water < _WINDOW_SIZE:
            current = self.strstart + self.lookahead
            if self.high_water < current:
                init = min(_WINDOW_SIZE - current, _WIN_INIT)
                window[current : current + init] = bytes(init)
                self.high_water = current + init
            elif self.high_water < current + _WIN_INIT:
                init = min(current + _WIN_INIT - self.high_water, _WINDOW_SIZE - self.high_water)
                window[self.high_water : self.high_water + init] = bytes(init)
                self.high_water += init

    def _insert_string(self, position: int) -> int:
        """Chromium's hash of the four bytes at ``position``; returns the previous head of its chain."""
        window = self.window
        value = window[position] | window[position + 1] << 8 | window[position + 2] << 16 | window[position + 3] << 24
        key = (((value * 66521 + 66521) & 0xFFFFFFFF) >> 16) & _HASH_MASK
        previous = self.head[key]
        self.prev[position & _WMASK] = previous
        self.head[key] = position
        return previous

    def _longest_match(self, cur_match: int) -> int:
        window = self.window
        chain_length = _MAX_CHAIN
        scan = self.strstart
        best_len = self.prev_length
        nice_match = _NICE_MATCH
        limit = self.strstart - _MAX_DIST if self.strstart > _MAX_DIST else 0
        strend = scan + _MAX_MATCH
        scan_end1 = window[scan + best_len - 1]
        scan_end = window[scan + best_len]
        if self.prev_length >= _GOOD_MATCH:
            chain_length >>= 2
        if nice_match > self.lookahead:
            nice_match = self.lookahead
        while True:
            match = cur_match
            if (
                window[match + best_len] == scan_end
                and window[match + best_len - 1] == scan_end1
                and window[match] == window[scan]
                and window[match + 1] == window[scan + 1]
            ):
                # bytes 0 and 1 checked, byte 2 is implied by the hash; compare from byte 3 on, as zlib does
                s, m = scan + 2, match + 2
                while True:
                    s += 1
                    m += 1
                    if window[s] != window[m] or s >= strend:
                        break
                length = _MAX_MATCH - (strend - s)
                if length > best_len:
                    self.match_start = cur_match
                    best_len = length
                    if length >= nice_match:
                        break
                    scan_end1 = window[scan + best_len - 1]
                    scan_end = window[scan + best_len]
            cur_match = self.prev[cur_match & _WMASK]
            if cur_match <= limit:
                break
            chain_length -= 1
            if chain_length == 0:
                break
        return best_len if best_len <= self.lookahead else self.lookahead

    # --- symbols and blocks ----------------------------------------------------------------------------

    def _init_block(self) -> None:
        for tree in (self.ltree, self.dtree, self.bltree):
            tree.freq[: tree.elems] = [0] * tree.elems
        self.ltree.freq[_END_BLOCK] = 1
        self.opt_len = self.static_len = 0
        self.symbols = []

    def _tally_literal(self, byte: int) -> bool:
        self.symbols.append((0, byte))
        self.ltree.freq[byte] += 1
        return len(self.symbols) == _SYMBOLS_PER_BLOCK

    def _tally_distance(self, distance: int, length: int) -> bool:
        self.symbols.append((distance, length))
        self.ltree.freq[_LENGTH_CODE[length] + _LITERALS + 1] += 1
        self.dtree.freq[_d_code(distance - 1)] += 1
        return len(self.symbols) == _SYMBOLS_PER_BLOCK

    def _flush_block(self, last: bool) -> None:
        stored = self.window[self.block_start : self.strstart] if self.block_start >= 0 else None
        self._tr_flush_block(stored, self.strstart - self.block_start, last)
        self.block_start = self.strstart

    def deflate(self) -> bytes:
        """Compress all input (deflate_slow with Z_FINISH) and return the raw deflate stream."""
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self._fill_window()
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self._insert_string(self.strstart)
            self.prev_length, self.prev_match = self.match_length, self.match_start
            self.match_length = _MIN_MATCH - 1
            if hash_head != 0 and self.prev_length < _MAX_LAZY and self.strstart - hash_head <= _MAX_DIST:
                self.match_length = self._longest_match(hash_head)
                if self.match_length == _MIN_MATCH and self.strstart - self.match_start > _TOO_FAR:
                    self.match_length = _MIN_MATCH - 1
            if self.prev_length >= _MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + self.lookahead - _MIN_MATCH
                flush = self._tally_distance(self.strstart - 1 - self.prev_match, self.prev_length - _MIN_MATCH)
                self.lookahead -= self.prev_length - 1
                remaining = self.prev_length - 2
                while remaining:
                    self.strstart += 1
                    if self.strstart <= max_insert:
                        self._insert_string(self.strstart)
                    remaining -= 1
                self.prev_length = 0
                self.match_available = False
                self.match_length = _MIN_MATCH - 1
                self.strstart += 1
                if flush:
                    self._flush_block(False)
            elif self.match_available:
                if self._tally_literal(self.window[self.strstart - 1]):
                    self._flush_block(False)
                self.strstart += 1
                self.lookahead -= 1
            else:
                self.match_available = True
                self.strstart += 1
                self.lookahead -= 1
        if self.match_available:
            self._tally_literal(self.window[self.strstart - 1])
            self.match_available = False
        self._flush_block(True)
        return bytes(self.out)

    # --- Huffman trees (zlib's trees.c) ----------------------------------------------------------------

    def _smaller(self, tree: _Tree, n: int, m: int) -> bool:
        return tree.freq[n] < tree.freq[m] or (tree.freq[n] == tree.freq[m] and self.depth[n] <= self.depth[m])

    def _pqdownheap(self, tree: _Tree, k: int) -> None:
        heap = self.heap
        v = heap[k]
        j = k << 1
        while j <= self.heap_len:
            if j < self.heap_len and self._smaller(tree, heap[j + 1], heap[j]):
                j += 1
            if self._smaller(tree, v, heap[j]):
                break
            heap[k] = heap[j]
            k = j
            j <<= 1
        heap[k] = v

    def _gen_bitlen(self, tree: _Tree) -> None:
        heap = self.heap
        bl_count = self.bl_count
        for bits in range(_MAX_BITS + 1):
            bl_count[bits] = 0
        overflow = 0
        tree.length[heap[self.heap_max]] = 0
        for h in range(self.heap_max + 1, _HEAP_SIZE):
            n = heap[h]
            bits = tree.length[tree.dad[n]] + 1
            if bits > tree.max_length:
                bits = tree.max_length
                overflow += 1
            tree.length[n] = bits
            if n > tree.max_code:
                continue
            bl_count[bits] += 1
            xbits = tree.extra[n - tree.base] if n >= tree.base else 0
            f = tree.freq[n]
            self.opt_len += f * (bits + xbits)
            if tree.static_len is not None:
                self.static_len += f * (tree.static_len[n] + xbits)
        if overflow == 0:
            return
        while True:
            bits = tree.max_length - 1
            while bl_count[bits] == 0:
                bits -= 1
            bl_count[bits] -= 1
            bl_count[bits + 1] += 2
            bl_count[tree.max_length] -= 1
            overflow -= 2
            if overflow <= 0:
                break
        h = _HEAP_SIZE
        for bits in range(tree.max_length, 0, -1):
            n = bl_count[bits]
            while n != 0:
                h -= 1
                m = heap[h]
                if m > tree.max_code:
                    continue
                if tree.length[m] != bits:
                    self.opt_len += (bits - tree.length[m]) * tree.freq[m]
                    tree.length[m] = bits
                n -= 1

    def _build_tree(self, tree: _Tree) -> None:
        heap = self.heap
        self.heap_len = 0
        self.heap_max = _HEAP_SIZE
        max_code = -1
        for n in range(tree.elems):
            if tree.freq[n] != 0:
                self.heap_len += 1
                heap[self.heap_len] = max_code = n
                self.depth[n] = 0
            else:
                tree.length[n] = 0
        while self.heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            self.heap_len += 1
            heap[self.heap_len] = node
            tree.freq[node] = 1
            self.depth[node] = 0
            self.opt_len -= 1
            if tree.static_len is not None:
                self.static_len -= tree.static_len[node]
        tree.max_code = max_code
        for n in range(self.heap_len // 2, 0, -1):
            self._pqdownheap(tree, n)
        node = tree.elems
        while True:
            n = heap[1]
            heap[1] = heap[self.heap_len]
            self.heap_len -= 1
            self._pqdownheap(tree, 1)
            m = heap[1]
            self.heap_max -= 1
            heap[self.heap_max] = n
            self.heap_max -= 1
            heap[self.heap_max] = m
            tree.freq[node] = tree.freq[n] + tree.freq[m]
            self.depth[node] = max(self.depth[n], self.depth[m]) + 1
            tree.dad[n] = tree.dad[m] = node
            heap[1] = node
            node += 1
            self._pqdownheap(tree, 1)
            if self.heap_len < 2:
                break
        self.heap_max -= 1
        heap[self.heap_max] = heap[1]
        self._gen_bitlen(tree)
        tree.code = _gen_codes(tree.length, max_code, self.bl_count)

    def _scan_tree(self, tree: _Tree, max_code: int) -> None:
        bl_freq = self.bltree.freq
        prevlen = -1
        nextlen = tree.length[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        tree.length[max_code + 1] = 0xFFFF
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = tree.length[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                bl_freq[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    bl_freq[curlen] += 1
                bl_freq[_REP_3_6] += 1
            elif count <= 10:
                bl_freq[_REPZ_3_10] += 1
            else:
                bl_freq[_REPZ_11_138] += 1
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def _send_code(self, symbol: int, lengths: list[int], codes: list[int]) -> None:
        self._send_bits(codes[symbol], lengths[symbol])

    def _send_tree(self, tree: _Tree, max_code: int) -> None:
        bl = self.bltree
        prevlen = -1
        nextlen = tree.length[0]
        count = 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = tree.length[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            if count < min_count:
                for _ in range(count):
                    self._send_code(curlen, bl.length, bl.code)
            elif curlen != 0:
                if curlen != prevlen:
                    self._send_code(curlen, bl.length, bl.code)
                    count -= 1
                self._send_code(_REP_3_6, bl.length, bl.code)
                self._send_bits(count - 3, 2)
            elif count <= 10:
                self._send_code(_REPZ_3_10, bl.length, bl.code)
                self._send_bits(count - 3, 3)
            else:
                self._send_code(_REPZ_11_138, bl.length, bl.code)
                self._send_bits(count - 11, 7)
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def _build_bl_tree(self) -> int:
        self._scan_tree(self.ltree, self.ltree.max_code)
        self._scan_tree(self.dtree, self.dtree.max_code)
        self._build_tree(self.bltree)
        max_blindex = _BL_CODES - 1
        while max_blindex >= 3:
            if self.bltree.length[_BL_ORDER[max_blindex]] != 0:
                break
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex

    def _compress_block(self, llen: list[int], lcode: list[int], dlen: list[int], dcode: list[int]) -> None:
        for distance, value in self.symbols:
            if distance == 0:
                self._send_bits(lcode[value], llen[value])
                continue
            code = _LENGTH_CODE[value]
            self._send_bits(lcode[code + _LITERALS + 1], llen[code + _LITERALS + 1])
            extra = _EXTRA_LBITS[code]
            if extra:
                self._send_bits(value - _BASE_LENGTH[code], extra)
            distance -= 1
            code = _d_code(distance)
            self._send_bits(dcode[code], dlen[code])
            extra = _EXTRA_DBITS[code]
            if extra:
                self._send_bits(distance - _BASE_DIST[code], extra)
        self._send_bits(lcode[_END_BLOCK], llen[_END_BLOCK])

    def _tr_flush_block(self, stored: bytes | bytearray | None, stored_len: int, last: bool) -> None:
        self._build_tree(self.ltree)
        self._build_tree(self.dtree)
        max_blindex = self._build_bl_tree()
        opt_lenb = (self.opt_len + 3 + 7) >> 3
        static_lenb = (self.static_len + 3 + 7) >> 3
        if static_lenb <= opt_lenb:
            opt_lenb = static_lenb
        if stored_len + 4 <= opt_lenb and stored is not None:
            self._send_bits(int(last), 3)
            self._bi_windup()
            self.out += stored_len.to_bytes(2, "little") + (stored_len ^ 0xFFFF).to_bytes(2, "little")
            self.out += bytes(stored)
        elif static_lenb == opt_lenb:
            self._send_bits((1 << 1) + int(last), 3)
            self._compress_block(_STATIC_LLEN, _STATIC_LCODE, _STATIC_DLEN, _STATIC_DCODE)
        else:
            self._send_bits((2 << 1) + int(last), 3)
            lcodes, dcodes, blcodes = self.ltree.max_code + 1, self.dtree.max_code + 1, max_blindex + 1
            self._send_bits(lcodes - 257, 5)
            self._send_bits(dcodes - 1, 5)
            self._send_bits(blcodes - 4, 4)
            for rank in range(blcodes):
                self._send_bits(self.bltree.length[_BL_ORDER[rank]], 3)
            self._send_tree(self.ltree, lcodes - 1)
            self._send_tree(self.dtree, dcodes - 1)
            self._compress_block(self.ltree.length, self.ltree.code, self.dtree.length, self.dtree.code)
        self._init_block()
        if last:
            self._bi_windup()


def gzip_like_node(data: bytes) -> bytes:
    """``zlib.gzipSync(data)`` of Node.js: header without name or time (OS byte 3), deflate, CRC-32 and size."""
    header = bytes((0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3))
    trailer = zlib.crc32(data).to_bytes(4, "little") + (len(data) & 0xFFFFFFFF).to_bytes(4, "little")
    return header + _Deflater(data).deflate() + trailer
