#!/usr/bin/python3
"""The PyTorch-Python twin of Candor's text encoder (models/text/TransformerEncoder.cpp), for the speed benchmark.

Reads the weights and inputs that `candor-bench encoder` wrote (safetensors, parsed here with struct + numpy),
checks that its outputs agree with the C++ outputs, then times inference and one training step with the same
thread count. Prints one JSON object. Usage: encoder_speed.py FOLDER [--threads 2] [--iterations 10]
"""
import argparse
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64, "I32": np.int32, "U8": np.uint8}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (header_size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_size])
    metadata = header.pop("__metadata__", {})
    base = 8 + header_size
    tensors = {}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        array = np.frombuffer(data[base + begin:base + end], dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
        tensors[name] = torch.from_numpy(array.copy())
    return tensors, metadata


class EncoderLayer(nn.Module):
    def __init__(self, width, heads, feed_forward, dropout):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.out = nn.Linear(width, width)
        self.norm2 = nn.LayerNorm(width)
        self.ff1 = nn.Linear(width, feed_forward)
        self.ff2 = nn.Linear(feed_forward, width)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, attention_bias):
        batch, length, width = x.shape
        head_width = width // self.heads
        qkv = self.qkv(self.norm1(x)).view(batch, length, 3, self.heads, head_width).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = torch.matmul(q, k.transpose(-2, -1)).mul_(1.0 / math.sqrt(head_width))
        scores = self.dropout(torch.softmax(scores + attention_bias, -1))
        context = torch.matmul(scores, v).permute(0, 2, 1, 3).reshape(batch, length, width)
        h = x + self.dropout(self.out(context))
        return h + self.dropout(self.ff2(self.dropout(F.gelu(self.ff1(self.norm2(h))))))


class TextEncoder(nn.Module):
    def __init__(self, vocab_size, width, layers, heads, feed_forward, max_length, dropout):
        super().__init__()
        self.tokens = nn.Embedding(vocab_size, width)
        self.positions = nn.Embedding(max_length, width)
        self.dropout = nn.Dropout(dropout)
        self.layers = nn.ModuleList([EncoderLayer(width, heads, feed_forward, dropout) for _ in range(layers)])
        self.norm = nn.LayerNorm(width)

    def forward(self, ids, mask):
        length = ids.shape[1]
        positions = torch.arange(length, dtype=torch.long, device=ids.device)
        x = self.dropout(self.tokens(ids) + self.positions(positions).unsqueeze(0))
        bias = (1.0 - mask.to(x.dtype)).mul(-1e9).view(ids.shape[0], 1, 1, length)
        for layer in self.layers:
            x = layer(x, bias)
        return self.norm(x)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--train-steps", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    weights, meta = read_safetensors(args.folder + "/encoder.safetensors")
    io, _ = read_safetensors(args.folder + "/io.safetensors")
    model = TextEncoder(int(meta["vocab_size"]), int(meta["width"]), int(meta["layers"]), int(meta["heads"]),
                        int(meta["feed_forward"]), int(meta["max_length"]), float(meta["dropout"]))
    model.load_state_dict(weights, strict=True)
    ids, mask = io["ids"], io["mask"]

    model.eval()
    with torch.inference_mode():
        for _ in range(args.warmup):
            output = model(ids, mask)
        start = time.perf_counter()
        for _ in range(args.iterations):
            output = model(ids, mask)
        inference = (time.perf_counter() - start) / args.iterations
    max_diff = float((output - io["output"]).abs().max())

    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.01)

    def train_step():
        optimizer.zero_grad()
        loss = model(ids, mask).pow(2).mean()
        loss.backward()
        optimizer.step()

    train_step()
    start = time.perf_counter()
    for _ in range(args.train_steps):
        train_step()
    train = (time.perf_counter() - start) / args.train_steps

    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                      "inference_seconds": inference, "sequences_per_second": ids.shape[0] / inference,
                      "train_step_seconds": train, "max_abs_diff": max_diff}))
    return 0 if max_diff <= 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())
