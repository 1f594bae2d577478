"""Background tasks (django-tasks). Production queues them in the database for
``manage.py db_worker``; development and tests run them at once."""

from django.contrib.auth import get_user_model
from django_tasks import task

from partnerships import reminder_mail


@task()
def send_reminders_to(user_id: int) -> int:
    """E-mail one person their reminders (``send_reminders`` queues one task
    per person); returns how many e-mails went out."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return 0
    return reminder_mail.send_reminders(user)
