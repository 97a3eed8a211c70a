from rest_framework import serializers


class OpenDataCellSerializer(serializers.Serializer):
    """One published figure. ``count`` is null exactly when ``suppressed`` is true."""

    area = serializers.CharField(help_text="“world”, a UN M49 region code or an ISO 3166-1 alpha-2 country code.")
    question = serializers.CharField(help_text="The question's stable code.")
    option = serializers.CharField(help_text="The option's code, “no_answer”, or “total” (people who answered).")
    group = serializers.CharField(help_text="“all”, or “feature:category” for a demographic breakdown.")
    count = serializers.IntegerField(allow_null=True)
    suppressed = serializers.BooleanField()
    k = serializers.IntegerField(help_text="The anonymity threshold applied.")
    released_at = serializers.DateTimeField(help_text="When the release these figures belong to was made (UTC).")


class ReportSerializer(serializers.Serializer):
    scope = serializers.CharField()
    area = serializers.CharField()
    language = serializers.CharField()
    published_at = serializers.DateTimeField()
    url = serializers.CharField()
