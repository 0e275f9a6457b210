"""Real, small files behind the clips' URLs: a WAV tone, a PNG cover and a MIDI melody, deterministic per clip id."""

from __future__ import annotations

import hashlib
import math
import struct
import zlib

SAMPLE_RATE = 8000
# What /files/{clip}.{suffix} serves. The WAV, PNG and MIDI are real encodings; the others carry the WAV tone
# under their name and type (enough to test downloads, not to play in every player).
TYPES = {
    "wav": "audio/wav",
    "png": "image/png",
    "m4a": "audio/mp4",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
    "mid": "audio/midi",
}


def _seed(clip_id: str) -> int:
    return int.from_bytes(hashlib.sha256(clip_id.encode()).digest()[:4], "big")


def wav(clip_id: str, seconds: float) -> bytes:
    """8-bit mono PCM: a tone whose pitch depends on the clip id, fading in and out."""
    frequency = 220 + _seed(clip_id) % 440
    count = int(SAMPLE_RATE * seconds)
    fade = max(1, SAMPLE_RATE // 20)
    samples = bytearray(count)
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        samples[i] = int(128 + 100 * envelope * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE))
    header = b"RIFF" + struct.pack("<I", 36 + count) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, SAMPLE_RATE, 1, 8)
    return header + fmt + b"data" + struct.pack("<I", count) + bytes(samples)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(clip_id: str, size: int = 64) -> bytes:
    """A size x size RGB image: a diagonal gradient in a colour picked from the clip id."""
    seed = _seed(clip_id)
    r, g, b = seed & 0xFF, (seed >> 8) & 0xFF, (seed >> 16) & 0xFF
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            shade = (x + y) * 255 // (2 * size)
            rows += bytes(((r + shade) % 256, (g + shade) % 256, (b + shade) % 256))
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(bytes(rows)))
        + _chunk(b"IEND", b"")
    )


def midi(clip_id: str, notes: int = 8) -> bytes:
    """A format-0 MIDI file: a few quarter notes whose pitches depend on the clip id."""
    seed = _seed(clip_id)
    events = bytearray()
    for i in range(notes):
        pitch = 60 + (seed >> (i * 3)) % 12
        events += bytes((0x00, 0x90, pitch, 0x60)) + bytes((0x83, 0x60, 0x80, pitch, 0x40))  # on, 480 ticks, off
    events += bytes((0x00, 0xFF, 0x2F, 0x00))  # end of track
    header = b"MThd" + struct.pack(">IHHH", 6, 0, 1, 480)
    return header + b"MTrk" + struct.pack(">I", len(events)) + bytes(events)
