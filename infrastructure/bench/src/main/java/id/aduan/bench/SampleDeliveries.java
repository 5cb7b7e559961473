package id.aduan.bench;

import java.time.Instant;

/** Realistic webhook bodies, distinct per number so that none is a duplicate of another. */
final class SampleDeliveries {

    private SampleDeliveries() {
    }

    /** A citizen's top-level comment on a post: opens a complaint. */
    static String comment(int n) {
        return """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":%d,"changes":[{"field":"comments",\
                "value":{"from":{"id":"61%014d","username":"warga_%d"},"media":{"id":"18034567890123456",\
                "media_product_type":"FEED"},"id":"179%014d","text":"Min, jalan di Jl. Cibiru Hilir no %d berlubang \
                besar, sudah 2 minggu belum diperbaiki. Tadi ada motor jatuh."}}]}]}"""
                .formatted(1785900000 + n, n, n, n, n);
    }

    /** A citizen's direct message; the same sender's next message attaches to the same complaint. */
    static String directMessage(int sender, int n) {
        return """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":%d,"messaging":[{"sender":\
                {"id":"62%014d"},"recipient":{"id":"17841400000000001"},"timestamp":%d,"message":{"mid":\
                "bench-mid-%d-%d","text":"Pohon tumbang menutup jalan di Dago, mohon bantuan segera (%d)"}}]}]}"""
                .formatted(1785900000L * 1000 + n, sender, 1785900000L * 1000 + n, sender, n, n);
    }

    /** A citizen's direct message sent at {@code at}, from a sender of its own. */
    static String directMessageAt(int sender, Instant at) {
        return """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":%d,"messaging":[{"sender":\
                {"id":"63%014d"},"recipient":{"id":"17841400000000001"},"timestamp":%d,"message":{"mid":\
                "bench-now-%d","text":"Lampu lalu lintas di simpang Dago mati, macet parah"}}]}]}"""
                .formatted(at.toEpochMilli(), sender, at.toEpochMilli(), sender);
    }

    /** A Facebook-Login mention of a comment: the text is fetched from the Graph API. */
    static String mention(int n) {
        return """
                {"object":"instagram","entry":[{"id":"17841400000000001","time":%d,"changes":[{"field":"mentions",\
                "value":{"comment_id":"178%014d","media_id":"18034567890123600"}}]}]}"""
                .formatted(1785900000 + n, n);
    }

    /** One delivery batching several comments and messages, as Meta does under load. */
    static String batch(int n, int size) {
        var changes = new StringBuilder();
        for (int i = 0; i < size; i++) {
            var comment = comment(n * 1000 + i);
            int start = comment.indexOf("\"changes\":[") + "\"changes\":[".length();
            changes.append(i == 0 ? "" : ",").append(comment, start, comment.lastIndexOf("]}]}"));
        }
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1785900000,\"changes\":["
                + changes + "]}]}";
    }
}
