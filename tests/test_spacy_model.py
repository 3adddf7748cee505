"""A user's own spaCy pipeline plugs in by name or path; a missing one is a clear error."""
import json
import subprocess

import spacy

from pipeline.nlp import get_nlp


def test_a_saved_pipeline_is_used(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "my_model")
    loaded = get_nlp("en", str(tmp_path / "my_model"))
    assert "claimcheck_entities" in loaded.pipe_names
    assert "claimcheck_sentence_guard" not in loaded.pipe_names  # it keeps its own sentence splitting
    proc = subprocess.run(["claimcheck", "check", "-", "--format", "json", "--lang", "en", "--spacy-model",
                           str(tmp_path / "my_model")], input=b"OpenAI spent $3.77 billion on inference in 2024.",
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["claims"][0]["verdict"] == "supported"


def test_a_missing_pipeline_is_one_line_and_exit_2(tmp_path):
    proc = subprocess.run(["claimcheck", "check", "-", "--lang", "en", "--spacy-model", "xx_not_installed"],
                          input=b"OpenAI spent $3.77 billion.", capture_output=True)
    assert proc.returncode == 2
    assert "not installed" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
