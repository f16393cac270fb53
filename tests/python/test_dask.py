"""Dask on a real local cluster of worker processes gives the same rows as pandas."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import copydesk  # noqa: E402
import copydesk.dask  # noqa: E402

TEXTS = [
    "PORT STRIKE ENDS\n    LISBRAN, June 2 - Dock workers went back on Monday.\n Reuter\n",
    None,
    "WASHINGTON (AP) \u2014 The panel voted. \u201cIt is done,\u201d Sen. Ortega said.",
    "TOKYO, Sept. 4 Kyodo - Ministers met on Monday.\n==Kyodo",
    "PARIS, March 3 (AFP) - The museum reopened. \u00ab C'est fini \u00bb, a-t-elle dit.",
] * 8


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("id", "start", "end") if c in frame.columns]
    return frame.drop(columns=["article"]).sort_values(keys).reset_index(drop=True)


@pytest.mark.timeout(300)
def test_dask_matches_pandas_on_a_local_cluster(client) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame({"doc": [f"d{i}" for i in range(len(TEXTS))], "text": TEXTS})
    ddf = dd.from_pandas(frame, npartitions=4)
    for name, local in (
        ("entities", copydesk.entities_frame),
        ("quotes", copydesk.quotes_frame),
        ("articles", copydesk.articles_frame),
    ):
        lazy = getattr(copydesk.dask, name)(ddf, column="text", id_column="doc")
        assert list(lazy.columns) == list(local(frame["text"], ids=frame["doc"]).columns)
        got = lazy.compute()
        want = local(frame["text"], ids=frame["doc"])
        pd.testing.assert_frame_equal(_sorted(got), _sorted(want), check_dtype=False)
        if name == "articles":
            assert len(got) == len(TEXTS)
    # Both worker processes did the work, each with its own pool.
    assert len(client.scheduler_info()["workers"]) == 2


def test_meta_is_set_without_computing() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=2)
    lazy = copydesk.dask.entities(ddf)
    assert list(lazy._meta.columns)[:4] == ["id", "article", "text", "label"]
    assert str(lazy._meta["start"].dtype) == "Int64"
    with pytest.raises(KeyError):
        copydesk.dask.articles(ddf, column="body")


def test_index_ids_by_default(client) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame({"text": TEXTS}, index=pd.Index(range(100, 100 + len(TEXTS))))
    got = copydesk.dask.articles(dd.from_pandas(frame, npartitions=3)).compute()
    assert sorted(got["id"].tolist()) == list(range(100, 100 + len(TEXTS)))
