"""Printed safety plans (reportlab, built in memory): the worker copy, the person's discreet copy and the
pocket card, in English or Welsh, normal or large print. Start at ``plan_pdf.render_plan``."""
