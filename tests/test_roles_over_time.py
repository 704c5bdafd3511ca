"""Time-stamped roles: the same office resolves to different people at different dates."""
import pytest

from depesche import queries, store
from depesche.runner import run


@pytest.fixture(scope="module")
def archive(tmp_path_factory, nlp):
    if "ner" not in nlp.versions:
        pytest.skip("the shipped NER model is missing")
    d = tmp_path_factory.mktemp("roles")
    docs = {
        "a.txt": " date 2019-05-14 BERLIN (dpa) - Außenminister Heiko Maas ist am Dienstag nach Moskau gereist. "
                 "Der SPD-Politiker traf dort seinen Kollegen.",
        "b.txt": " date 2022-03-02 BERLIN (dpa) - Außenministerin Annalena Baerbock hat die Regierung in Moskau kritisiert. "
                 "Die Grünen-Politikerin sprach im Bundestag.",
        "c.txt": " date 2022-04-11 BERLIN (dpa) - Außenministerin Annalena Baerbock reist nach Kiew.",
    }
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    db = str(d / "r.duckdb")
    run([str(d)], db)
    con = store.connect(db, read_only=True)
    yield con
    con.close()


def test_office_holder_depends_on_the_date(archive):
    early = queries.role_holders(archive, "Außenminister", of="Deutschland", at="2019-06")["holders"]
    late = queries.role_holders(archive, "Außenminister", of="Deutschland", at="2022-04")["holders"]
    assert early[0]["name"] == "Heiko Maas"
    assert late[0]["name"] == "Annalena Baerbock" and late[0]["documents"] == 2


def test_unknown_country_is_not_found(archive):
    with pytest.raises(queries.NotFound):
        queries.role_holders(archive, "Außenminister", of="Atlantis")
