# One image for the web server, the Celery workers and beat.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VAR_DIR=/var/lib/wetheinternet
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-dejavu-core poppler-utils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Static files are collected with the production storage (hashed names, compressed).
RUN export DJANGO_ENV=production ALLOWED_HOSTS=build SECRET_KEY=build-only-not-secret ALLOW_CONSOLE_EMAIL=1 \
      FIELD_ENCRYPTION_KEY=$(python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())") \
 && python manage.py compile_translations \
 && python manage.py collectstatic --noinput \
 && useradd --system --home /app app && mkdir -p $VAR_DIR && chown app $VAR_DIR
USER app
EXPOSE 8000
CMD ["gunicorn", "wetheinternet.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4", "--access-logfile", "-"]
