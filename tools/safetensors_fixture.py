#!/usr/bin/env python3
"""Independent safetensors writer/reader (struct + json only, no safetensors package) for Candor's tests.

  safetensors_fixture.py write PATH   writes a fixture with every dtype Candor supports, tensors stored in a
                                      different order than their names sort, like files from other tools
  safetensors_fixture.py read PATH    prints "name dtype shape values" per tensor (sorted by name), then
                                      "meta key value" per metadata entry, decoding the bytes independently
"""
import json
import struct
import sys

FORMATS = {"F64": ("d", 8), "F32": ("f", 4), "F16": ("e", 2), "I64": ("q", 8), "I32": ("i", 4),
           "I16": ("h", 2), "I8": ("b", 1), "U8": ("B", 1), "BOOL": ("?", 1)}

FIXTURE = [  # name, dtype, shape, values (row-major)
    ("layer.weight", "F32", [2, 3], [0.0, 0.5, 1.0, -1.5, 2.25, 1e-3]),
    ("layer.bias", "F16", [3], [1.0, -2.0, 0.5]),
    ("embedding.bf16", "BF16", [2], [1.0, -3.0]),
    ("steps", "I64", [], [42]),
    ("ids", "I32", [2, 2], [1, -1, 2147483647, -2147483648]),
    ("bytes", "U8", [3], [0, 7, 255]),
    ("mask", "BOOL", [4], [True, False, True, True]),
    ("empty", "F32", [0, 4], []),
]


def encode(dtype, values):
    if dtype == "BF16":  # the upper half of the float32 bit pattern (exact for the fixture values)
        return b"".join(struct.pack("<I", struct.unpack("<I", struct.pack("<f", v))[0])[2:] for v in values)
    code, _ = FORMATS[dtype]
    return struct.pack("<%d%s" % (len(values), code), *values)


def decode(dtype, raw):
    if dtype == "BF16":
        return [struct.unpack("<f", b"\x00\x00" + raw[i:i + 2])[0] for i in range(0, len(raw), 2)]
    code, size = FORMATS[dtype]
    return list(struct.unpack("<%d%s" % (len(raw) // size, code), raw))


def write(path):
    header, blobs, offset = {"__metadata__": {"format": "pt", "written_by": "python struct"}}, [], 0
    for name, dtype, shape, values in reversed(FIXTURE):  # data order differs from name order
        blob = encode(dtype, values)
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def fmt(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return "%.6g" % v
    return str(v)


def read(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    body = data[8 + n:]
    meta = header.pop("__metadata__", {})
    for name in sorted(header):
        info = header[name]
        begin, end = info["data_offsets"]
        values = decode(info["dtype"], body[begin:end])
        shape = "x".join(str(d) for d in info["shape"]) or "scalar"
        print(name, info["dtype"], shape, ",".join(fmt(v) for v in values) or "-")
    for key in sorted(meta):
        print("meta", key, meta[key])


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "read"):
        sys.exit(__doc__)
    write(sys.argv[2]) if sys.argv[1] == "write" else read(sys.argv[2])
