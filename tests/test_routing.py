"""Depth routing: an explicit, serialisable map from every block to one text slot."""

import pytest

from regiondit.generator import DepthRouting
from regiondit.schemas import ROUTING_PRESETS, Layout, RoutingSpec


@pytest.mark.parametrize("num_blocks", [1, 2, 8, 28, 40])
@pytest.mark.parametrize("preset", list(ROUTING_PRESETS))
def test_every_block_gets_exactly_one_slot(num_blocks, preset):
    routing = DepthRouting.preset(preset, num_blocks)
    assert routing.num_blocks == num_blocks
    covered = sorted(i for slot in set(routing.slots) for i in routing.blocks_for(slot))
    assert covered == list(range(num_blocks))


def test_default_reproduces_reference_code_on_hunyuan_depth():
    layout = Layout.from_dict({"global": {"high_level": "x"}, "regions": []})
    routing = DepthRouting.from_spec(layout.routing, 40)
    assert routing.blocks_for("regional") == list(range(21))  # the reference installs regions on blocks 0-20
    assert routing.blocks_for("global") == list(range(21, 40))


def test_auto_takes_the_models_routing_and_keeps_overrides():
    model_default = RoutingSpec("hierarchical", 0.25)
    assert DepthRouting.from_spec(RoutingSpec(), 8, model_default).slots == ("regional_low",) * 2 + ("regional_high",) * 6
    assert DepthRouting.from_spec(RoutingSpec(split=0.5, deep="global"), 4, model_default).slots == ("regional_low",) * 2 + ("global",) * 2


def test_split_and_slots_come_from_the_layout():
    spec = RoutingSpec(preset="hierarchical", split=0.25)
    routing = DepthRouting.from_spec(spec, 8)
    assert routing.slots == ("regional_low",) * 2 + ("regional_high",) * 6
    override = DepthRouting.from_spec(RoutingSpec(split=0.5, deep="regional_high"), 4)
    assert override.slots == ("regional", "regional", "regional_high", "regional_high")


def test_round_trips_through_json():
    routing = DepthRouting.preset("hierarchical", 10, split=0.3)
    assert DepthRouting.from_dict(routing.to_dict()) == routing
    assert routing.describe() == "regional_low x3, regional_high x7"


def test_bad_routing_is_refused_with_the_reason():
    with pytest.raises(ValueError, match="unknown routing slot"):
        DepthRouting(("regional", "middle"))
    with pytest.raises(ValueError, match="unknown routing preset"):
        DepthRouting.preset("fancy", 8)
    with pytest.raises(ValueError, match="num_blocks"):
        DepthRouting.from_dict({"num_blocks": 3, "slots": ["global"]})
