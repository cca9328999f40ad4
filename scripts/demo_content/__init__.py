"""Dialogue building blocks for scripts/make_demo_data.py.

``ru`` and ``en`` hold the phrase banks (many alternative phrasings per dialogue step);
``people`` holds the company, the agents and the customers. Template syntax used in the banks:

* ``{slot}`` — a value of the conversation (order number, amount, customer name...);
* ``[m|f]`` — a gendered form, resolved by the gender of whoever says the line
  (for bot and system lines: the agent's gender).
"""
