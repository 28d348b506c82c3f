"""Arrays packed into a record: images come back close to the original, weights exactly."""
import json

import numpy as np

from rnnbook.packing import LEVELS, pack_floats, pack_image, unpack_floats, unpack_image


def test_round_trip_is_within_half_a_level():
    image = np.random.default_rng(0).uniform(-3, 5, (7, 9))
    back = unpack_image(pack_image(image))
    scaled = (image - image.min()) / (image.max() - image.min())
    assert back.shape == image.shape
    assert np.abs(back - scaled).max() <= 0.5 / (LEVELS - 1) + 1e-12


def test_each_slice_along_axis_gets_its_own_scale():
    maps = np.stack([np.linspace(0, 1, 16).reshape(4, 4), 100 * np.linspace(0, 1, 16).reshape(4, 4)], axis=2)
    back = unpack_image(pack_image(maps, axis=2))
    assert np.allclose(back[:, :, 0], back[:, :, 1])          # the same picture at two brightness scales
    assert back.max() == 1.0 and back.min() == 0.0


def test_a_constant_map_packs_to_zeros():
    packed = pack_image(np.full((3, 3), 2.5))
    assert packed["hex"] == "0" * 9 and unpack_image(packed).max() == 0.0


def test_weights_come_back_exactly():
    weights = [np.random.default_rng(1).normal(size=(500, 8)).astype("float32"), np.array([0.1, -2.5], dtype="float32")]
    packed = pack_floats(weights)
    back = unpack_floats(json.loads(json.dumps(packed)))
    assert all(np.array_equal(a, b) and a.shape == b.shape for a, b in zip(weights, back))
    assert len(packed[0]["float32"]) < 5.4 * weights[0].size
