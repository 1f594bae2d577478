"""The stage tools inside each partnership: agreement, communication plan,
evaluation, meetings and risks. Each module holds one tool's audited writes,
forms and views; ``urls`` gathers them under the ``partnerships`` namespace."""
